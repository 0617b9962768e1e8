using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Incubation.Migrations
{
    /// <inheritdoc />
    public partial class Portal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "Enterprises",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<bool>(
                name: "IsEnterpriseAdmin",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Accounts the bureau bound to an enterprise before the portal existed manage its colleagues.
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"IsEnterpriseAdmin\" = 1 WHERE \"EnterpriseId\" IS NOT NULL;");

            migrationBuilder.CreateTable(
                name: "ProfileChangeRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Current_Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Current_CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Current_CreditCodeOverrideReason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Current_SubDistrictCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Proposed_Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Proposed_CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Proposed_CreditCodeOverrideReason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Proposed_SubDistrictCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_ProfileChangeRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegistrationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    CreditCodeExplanation = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EnterpriseName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_RegistrationRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProfileChangeRequests_EnterpriseId_Status",
                table: "ProfileChangeRequests",
                columns: new[] { "EnterpriseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProfileChangeRequests_Status_CreationTime_Id",
                table: "ProfileChangeRequests",
                columns: new[] { "Status", "CreationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationRequests_EnterpriseId",
                table: "RegistrationRequests",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationRequests_Status_CreationTime_Id",
                table: "RegistrationRequests",
                columns: new[] { "Status", "CreationTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationRequests_UserId",
                table: "RegistrationRequests",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProfileChangeRequests");

            migrationBuilder.DropTable(
                name: "RegistrationRequests");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Enterprises");

            migrationBuilder.DropColumn(
                name: "IsEnterpriseAdmin",
                table: "AspNetUsers");
        }
    }
}
