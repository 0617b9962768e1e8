using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incubation.Migrations
{
    /// <inheritdoc />
    public partial class CertificationApplications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EligibilitySnapshots_Kind_VerdictRank_ScoreMax",
                table: "EligibilitySnapshots");

            migrationBuilder.AddColumn<string>(
                name: "DocumentFileIds",
                table: "Qualifications",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "IssuingBody",
                table: "Qualifications",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Level",
                table: "Qualifications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Titles recorded before levels existed: 创新型 and 专精特新 are provincial titles (Kind 2 and 3).
            migrationBuilder.Sql("UPDATE \"Qualifications\" SET \"Level\" = 1 WHERE \"Kind\" IN (2, 3)");

            migrationBuilder.CreateTable(
                name: "CertificationApplications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    StageSince = table.Column<DateTime>(type: "TEXT", nullable: false),
                    QualificationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditedIncubatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditedOfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificationApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificationApplications_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CertificationBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublicityOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnnouncementOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Notice = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeleterId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificationBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CertificationApplicationEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStage = table.Column<int>(type: "INTEGER", nullable: true),
                    ToStage = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificationApplicationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificationApplicationEvents_CertificationApplications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "CertificationApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EligibilitySnapshots_Kind_VerdictRank_ScoreMin",
                table: "EligibilitySnapshots",
                columns: new[] { "Kind", "VerdictRank", "ScoreMin" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificationApplicationEvents_ApplicationId_Sequence",
                table: "CertificationApplicationEvents",
                columns: new[] { "ApplicationId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CertificationApplications_EnterpriseId_Kind_Year",
                table: "CertificationApplications",
                columns: new[] { "EnterpriseId", "Kind", "Year" },
                unique: true,
                filter: "\"IsDeleted\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_CertificationApplications_Kind_Year_Stage",
                table: "CertificationApplications",
                columns: new[] { "Kind", "Year", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificationBatches_Kind_Year",
                table: "CertificationBatches",
                columns: new[] { "Kind", "Year" },
                unique: true,
                filter: "\"IsDeleted\" = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificationApplicationEvents");

            migrationBuilder.DropTable(
                name: "CertificationBatches");

            migrationBuilder.DropTable(
                name: "CertificationApplications");

            migrationBuilder.DropIndex(
                name: "IX_EligibilitySnapshots_Kind_VerdictRank_ScoreMin",
                table: "EligibilitySnapshots");

            migrationBuilder.DropColumn(
                name: "DocumentFileIds",
                table: "Qualifications");

            migrationBuilder.DropColumn(
                name: "IssuingBody",
                table: "Qualifications");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Qualifications");

            migrationBuilder.CreateIndex(
                name: "IX_EligibilitySnapshots_Kind_VerdictRank_ScoreMax",
                table: "EligibilitySnapshots",
                columns: new[] { "Kind", "VerdictRank", "ScoreMax" });
        }
    }
}
