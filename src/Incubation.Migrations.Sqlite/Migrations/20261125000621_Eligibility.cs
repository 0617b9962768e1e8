using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incubation.Migrations
{
    /// <inheritdoc />
    public partial class Eligibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EligibilityProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SegmentMarketSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RdInstitutionLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    NoMajorIncidentLastYear = table.Column<bool>(type: "INTEGER", nullable: true),
                    TechSmeRdOption = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_EligibilityProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibilityProfiles_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EligibilityRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RuleSets = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FactsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_EligibilityRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibilityRuns_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EligibilitySnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RuleSet = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Verdict = table.Column<int>(type: "INTEGER", nullable: false),
                    VerdictRank = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoreMin = table.Column<decimal>(type: "TEXT", nullable: true),
                    ScoreMax = table.Column<decimal>(type: "TEXT", nullable: true),
                    PassMark = table.Column<decimal>(type: "TEXT", nullable: true),
                    FailedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TopGapsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EligibilitySnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EligibilitySnapshots_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityProfiles_EnterpriseId",
                table: "EligibilityProfiles",
                column: "EnterpriseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EligibilityRuns_EnterpriseId_CreationTime",
                table: "EligibilityRuns",
                columns: new[] { "EnterpriseId", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_EligibilitySnapshots_EnterpriseId_Kind",
                table: "EligibilitySnapshots",
                columns: new[] { "EnterpriseId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EligibilitySnapshots_Kind_VerdictRank_ScoreMax",
                table: "EligibilitySnapshots",
                columns: new[] { "Kind", "VerdictRank", "ScoreMax" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EligibilityProfiles");

            migrationBuilder.DropTable(
                name: "EligibilityRuns");

            migrationBuilder.DropTable(
                name: "EligibilitySnapshots");
        }
    }
}
