using Incubation.Data;
using Incubation.Identity;
using Incubation.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incubation.Certification;

public class CertificationReminderJobTests(ApplicationTestFactory factory) : IClassFixture<ApplicationTestFactory>
{
    private readonly TestData _data = new(factory);

    [Fact]
    public async Task Should_remind_12_6_and_3_months_before_expiry_once_each_to_the_officer_and_the_enterprise()
    {
        var officer = await _data.UserAsync(IncubationRoles.IncubatorManager);
        var enterprise = await _data.EnterpriseAsync(officerId: officer.Id);
        var enterpriseUser = await _data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        await CertificateAsync(enterprise.Id, new DateOnly(2024, 3, 16), new DateOnly(2027, 3, 15));

        await RunAsync(new DateOnly(2026, 3, 14)); // a year and a day ahead: nothing yet
        Assert.Empty(await NoticesAsync(officer.Id));

        await RunAsync(new DateOnly(2026, 3, 15));
        await RunAsync(new DateOnly(2026, 3, 15)); // a retry the same day adds nothing
        await RunAsync(new DateOnly(2026, 5, 1)); // still the 12-month milestone: nothing new
        await RunAsync(new DateOnly(2026, 9, 15));
        await RunAsync(new DateOnly(2026, 12, 15));

        foreach (var user in new[] { officer.Id, enterpriseUser.Id })
        {
            var notices = (await NoticesAsync(user)).Where(n => n.Kind == NotificationKind.CertificateExpiring).ToList();
            Assert.Equal(3, notices.Count);
            Assert.All(notices, n => Assert.Equal(new DateOnly(2027, 3, 15), n.DueDate));
        }
    }

    [Fact]
    public async Task Should_remind_the_enterprises_own_active_users_only_of_its_expiring_certificate()
    {
        var enterprise = await _data.EnterpriseAsync();
        var staff = await _data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        var formerStaff = await _data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        await _data.DeactivateAsync(formerStaff);
        var otherStaff = await _data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: (await _data.EnterpriseAsync()).Id);
        // Linked to the enterprise without being its staff (the link alone gives no data scope): not told either.
        var linkedOfficer = await _data.UserAsync(IncubationRoles.StreetOfficer, subDistrictCode: TestData.SubDistrictB, enterpriseId: enterprise.Id);
        await CertificateAsync(enterprise.Id, new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31));

        await RunAsync(new DateOnly(2027, 10, 1));

        var notice = Assert.Single(await NoticesAsync(staff.Id));
        Assert.Equal((NotificationKind.CertificateExpiring, enterprise.Name, new DateOnly(2027, 12, 31)), (notice.Kind, notice.Subject, notice.DueDate));
        Assert.EndsWith(":3m", notice.DedupKey, StringComparison.Ordinal);
        foreach (var user in new[] { formerStaff, otherStaff, linkedOfficer })
        {
            Assert.Empty(await NoticesAsync(user.Id));
        }
    }

    [Fact]
    public async Task Should_send_only_the_nearest_milestone_and_nothing_once_renewed()
    {
        var officer = await _data.UserAsync(IncubationRoles.IncubatorManager);
        var late = await _data.EnterpriseAsync(officerId: officer.Id);
        var renewed = await _data.EnterpriseAsync(officerId: officer.Id);
        await CertificateAsync(late.Id, new DateOnly(2023, 8, 1), new DateOnly(2026, 7, 31));
        await CertificateAsync(renewed.Id, new DateOnly(2023, 8, 1), new DateOnly(2026, 7, 31));
        await CertificateAsync(renewed.Id, new DateOnly(2026, 6, 1), new DateOnly(2029, 5, 31));

        await RunAsync(new DateOnly(2026, 6, 10)); // first seen 7 weeks before expiry

        var notices = await NoticesAsync(officer.Id);
        var only = Assert.Single(notices);
        Assert.EndsWith(":3m", only.DedupKey, StringComparison.Ordinal);
        Assert.Equal(late.Name, only.Subject);
    }

    [Fact]
    public async Task Should_remind_every_holder_of_the_annual_report_in_april_only()
    {
        var enterprise = await _data.EnterpriseAsync();
        var enterpriseUser = await _data.UserAsync(IncubationRoles.EnterpriseUser, enterpriseId: enterprise.Id);
        await CertificateAsync(enterprise.Id, new DateOnly(2025, 11, 20), new DateOnly(2028, 11, 19));

        await RunAsync(new DateOnly(2026, 3, 31));
        await RunAsync(new DateOnly(2026, 4, 1));
        await RunAsync(new DateOnly(2026, 4, 20));

        var notice = Assert.Single(await NoticesAsync(enterpriseUser.Id));
        Assert.Equal((NotificationKind.AnnualReportDue, new DateOnly(2026, 5, 31)), (notice.Kind, notice.DueDate));
    }

    [Fact]
    public async Task Should_remind_an_unsubmitted_application_two_weeks_before_its_batch_closes()
    {
        var officer = await _data.UserAsync(IncubationRoles.IncubatorManager);
        var preparing = await _data.EnterpriseAsync(officerId: officer.Id);
        var submitted = await _data.EnterpriseAsync(officerId: officer.Id);
        await factory.WithServicesAsync(async sp =>
        {
            var batch = new CertificationBatch(QualificationKind.TechSme, 2031);
            batch.Schedule(new DateOnly(2031, 6, 1), new DateOnly(2031, 8, 31), null, null, null, null);
            sp.GetRequiredService<IRepository<CertificationBatch>>().Add(batch);
            var actor = new ApplicationActor(null, "test", DateTime.UtcNow);
            var repository = sp.GetRequiredService<IRepository<CertificationApplication>>();
            repository.Add(CertificationApplication.Start(preparing.Id, QualificationKind.TechSme, 2031, actor, null));
            var done = CertificationApplication.Start(submitted.Id, QualificationKind.TechSme, 2031, actor, null);
            done.MoveTo(ApplicationStage.Preparing, actor, null);
            done.MoveTo(ApplicationStage.Submitted, actor, null);
            repository.Add(done);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return 0;
        });

        await RunAsync(new DateOnly(2031, 8, 16)); // fifteen days ahead: not yet
        Assert.DoesNotContain(await NoticesAsync(officer.Id), n => n.Kind == NotificationKind.BatchClosingSoon);
        await RunAsync(new DateOnly(2031, 8, 17));
        await RunAsync(new DateOnly(2031, 8, 20));

        var notice = Assert.Single(await NoticesAsync(officer.Id), n => n.Kind == NotificationKind.BatchClosingSoon);
        Assert.Equal((preparing.Name, new DateOnly(2031, 8, 31)), (notice.Subject, notice.DueDate));
    }

    [Fact]
    public async Task Should_mark_a_dated_material_of_an_open_application_expired_the_day_after_it_runs_out()
    {
        var enterprise = await _data.EnterpriseAsync();
        var id = await factory.WithServicesAsync(async sp =>
        {
            var application = CertificationApplication.Start(enterprise.Id, QualificationKind.HighTech, 2031, new ApplicationActor(null, "test", DateTime.UtcNow), null);
            application.UpdateEvidence("RdExpenseAudit", EvidenceState.Verified, new DateOnly(2031, 6, 30), null);
            sp.GetRequiredService<IRepository<CertificationApplication>>().Add(application);
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return application.Id;
        });

        await RunAsync(new DateOnly(2031, 6, 30));
        Assert.Equal(EvidenceState.Verified, await AuditStateAsync(id));
        await RunAsync(new DateOnly(2031, 7, 1));
        Assert.Equal(EvidenceState.Expired, await AuditStateAsync(id));
    }

    private Task<EvidenceState> AuditStateAsync(Guid applicationId) =>
        factory.WithServicesAsync(async sp => (await sp.GetRequiredService<IRepository<CertificationApplication>>().Query()
            .SingleAsync(a => a.Id == applicationId)).Evidence.Single(e => e.Code == "RdExpenseAudit").State);

    private Task<CertificationReminderRunResult> RunAsync(DateOnly today) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<CertificationReminderJob>().RunAsync(today, CancellationToken.None));

    private Task<int> CertificateAsync(Guid enterpriseId, DateOnly issuedOn, DateOnly expiresOn) =>
        factory.WithServicesAsync(async sp =>
        {
            sp.GetRequiredService<IRepository<Qualification>>().Add(
                new Qualification(enterpriseId, QualificationKind.HighTech, "GR" + Guid.NewGuid().ToString("N")[..10], issuedOn, expiresOn, "test"));
            await sp.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return 0;
        });

    private Task<List<Notification>> NoticesAsync(Guid userId) =>
        factory.WithServicesAsync(sp => sp.GetRequiredService<IRepository<Notification>>().Query()
            .Where(n => n.RecipientUserId == userId).ToListAsync());
}
