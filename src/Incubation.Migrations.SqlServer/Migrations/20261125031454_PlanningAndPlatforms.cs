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
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IncubatedTarget",
                table: "Incubators",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Incubators",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Level",
                table: "Incubators",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Operator",
                table: "Incubators",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAboveScale",
                table: "Enterprises",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IsSciTechService",
                table: "Enterprises",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "BenefitGrants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Policy = table.Column<int>(type: "int", nullable: false),
                    Batch = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    HostEnterpriseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HostInstitution = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SubDistrictCode = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: false),
                    ApprovalNumber = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Section = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    OtherResponsible = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    UnitIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SemiAnnualReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Half = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    IssuedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SemiAnnualReports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Indicator = table.Column<int>(type: "int", nullable: false),
                    BaselineYear = table.Column<int>(type: "int", nullable: true),
                    BaselineValue = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    TargetYear = table.Column<int>(type: "int", nullable: false),
                    TargetValue = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TechTransferProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AmountFunded = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    FundedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    KeyTaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ResponsibleUnitId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Half = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatorId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LastModificationTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastModifierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsDeleted = table.Column<bool>(type: "bit", nullable: false, defaultValue: false),
                    DeletionTime = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeleterId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
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
                filter: "[IsDeleted] = 0");

            migrationBuilder.CreateIndex(
                name: "IX_SemiAnnualReports_Period",
                table: "SemiAnnualReports",
                columns: new[] { "Year", "Half" },
                unique: true,
                filter: "[IsDeleted] = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Targets_Indicator",
                table: "Targets",
                column: "Indicator",
                unique: true,
                filter: "[IsDeleted] = 0");

            migrationBuilder.CreateIndex(
                name: "IX_TaskProgressNotes_ResponsibleUnitId",
                table: "TaskProgressNotes",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TaskProgressNotes_TaskUnitPeriod",
                table: "TaskProgressNotes",
                columns: new[] { "KeyTaskId", "ResponsibleUnitId", "Year", "Half" },
                unique: true,
                filter: "[IsDeleted] = 0");

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
