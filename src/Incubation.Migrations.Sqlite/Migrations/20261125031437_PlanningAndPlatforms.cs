using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incubation.Migrations
{
    /// <inheritdoc />
    public partial class PlanningAndPlatforms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HighTechTarget",
                table: "Incubators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IncubatedTarget",
                table: "Incubators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Incubators",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Level",
                table: "Incubators",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Operator",
                table: "Incubators",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAboveScale",
                table: "Enterprises",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSciTechService",
                table: "Enterprises",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BenefitGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Policy = table.Column<int>(type: "INTEGER", nullable: false),
                    Batch = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
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
                    table.PrimaryKey("PK_BenefitGrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenefitGrants_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InnovationPlatforms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    HostEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HostInstitution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubDistrictCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    ApprovalNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
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
                    table.PrimaryKey("PK_InnovationPlatforms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InnovationPlatforms_Enterprises_HostEnterpriseId",
                        column: x => x.HostEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InnovationPlatforms_SubDistricts_SubDistrictCode",
                        column: x => x.SubDistrictCode,
                        principalTable: "SubDistricts",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KeyTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OtherResponsible = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UnitIds = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_KeyTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SemiAnnualReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Half = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IssuedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Content = table.Column<string>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_SemiAnnualReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Indicator = table.Column<int>(type: "INTEGER", nullable: false),
                    BaselineYear = table.Column<int>(type: "INTEGER", nullable: true),
                    BaselineValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    TargetYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
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
                    table.PrimaryKey("PK_Targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechTransferProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AmountFunded = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    FundedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
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
                    table.PrimaryKey("PK_TechTransferProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TechTransferProjects_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskProgressNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyTaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponsibleUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Half = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
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
                    table.PrimaryKey("PK_TaskProgressNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskProgressNotes_KeyTasks_KeyTaskId",
                        column: x => x.KeyTaskId,
                        principalTable: "KeyTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskProgressNotes_ResponsibleUnits_ResponsibleUnitId",
                        column: x => x.ResponsibleUnitId,
                        principalTable: "ResponsibleUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitGrants_EnterpriseId_GrantedOn",
                table: "BenefitGrants",
                columns: new[] { "EnterpriseId", "GrantedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitGrants_GrantedOn_Policy",
                table: "BenefitGrants",
                columns: new[] { "GrantedOn", "Policy" });

            migrationBuilder.CreateIndex(
                name: "IX_InnovationPlatforms_ApprovedOn_EndedOn",
                table: "InnovationPlatforms",
                columns: new[] { "ApprovedOn", "EndedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_InnovationPlatforms_HostEnterpriseId",
                table: "InnovationPlatforms",
                column: "HostEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationPlatforms_Kind_Level",
                table: "InnovationPlatforms",
                columns: new[] { "Kind", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_InnovationPlatforms_SubDistrictCode",
                table: "InnovationPlatforms",
                column: "SubDistrictCode");

            migrationBuilder.CreateIndex(
                name: "IX_KeyTasks_Number",
                table: "KeyTasks",
                column: "Number",
                unique: true,
                filter: "\"IsDeleted\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_SemiAnnualReports_Period",
                table: "SemiAnnualReports",
                columns: new[] { "Year", "Half" },
                unique: true,
                filter: "\"IsDeleted\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Targets_Indicator",
                table: "Targets",
                column: "Indicator",
                unique: true,
                filter: "\"IsDeleted\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_TaskProgressNotes_ResponsibleUnitId",
                table: "TaskProgressNotes",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskProgressNotes_TaskUnitPeriod",
                table: "TaskProgressNotes",
                columns: new[] { "KeyTaskId", "ResponsibleUnitId", "Year", "Half" },
                unique: true,
                filter: "\"IsDeleted\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_TaskProgressNotes_Year_Half",
                table: "TaskProgressNotes",
                columns: new[] { "Year", "Half" });

            migrationBuilder.CreateIndex(
                name: "IX_TechTransferProjects_EnterpriseId",
                table: "TechTransferProjects",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TechTransferProjects_Year_Status",
                table: "TechTransferProjects",
                columns: new[] { "Year", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenefitGrants");

            migrationBuilder.DropTable(
                name: "InnovationPlatforms");

            migrationBuilder.DropTable(
                name: "SemiAnnualReports");

            migrationBuilder.DropTable(
                name: "Targets");

            migrationBuilder.DropTable(
                name: "TaskProgressNotes");

            migrationBuilder.DropTable(
                name: "TechTransferProjects");

            migrationBuilder.DropTable(
                name: "KeyTasks");

            migrationBuilder.DropColumn(
                name: "HighTechTarget",
                table: "Incubators");

            migrationBuilder.DropColumn(
                name: "IncubatedTarget",
                table: "Incubators");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Incubators");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Incubators");

            migrationBuilder.DropColumn(
                name: "Operator",
                table: "Incubators");

            migrationBuilder.DropColumn(
                name: "IsAboveScale",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "IsSciTechService",
                table: "Enterprises");
        }
    }
}
