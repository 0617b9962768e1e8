using System.Globalization;
using System.Text;
using Incubation.Localization;
using Microsoft.Extensions.Localization;

namespace Incubation.Visits;

/// <summary>
/// The letter's text from the localised template. An official letter is written in Chinese whatever the language
/// of the officer who issues it.
/// </summary>
public static class ReminderLetterTemplate
{
    public static string Write(IStringLocalizer<IncubationResource> localizer, string unitName, HalfYear period, DateOnly cutOff, ReminderLetter letter, DateOnly today)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(IncubationResource.DefaultCulture);
        try
        {
            var list = new StringBuilder();
            var index = 1;
            foreach (var need in letter.Needs)
            {
                list.AppendLine(string.Format(CultureInfo.InvariantCulture, localizer["ReminderLetter:ListLine"], index++, need.EnterpriseName,
                    localizer[$"Enum:NeedCategory.{need.Category}"], need.Description, Date(localizer, need.DueDate)));
            }

            return string.Format(CultureInfo.InvariantCulture, localizer["ReminderLetter:Template"],
                unitName,
                string.Format(CultureInfo.InvariantCulture, localizer["ReminderLetter:PeriodName"], period.Year, localizer[$"ReminderLetter:Half{period.Half}"]),
                Date(localizer, cutOff),
                letter.Needs.Count,
                letter.EscalatedToDistrict ? localizer["ReminderLetter:EscalationSentence"].Value : string.Empty,
                list.ToString().TrimEnd(),
                Date(localizer, today),
                letter.Number);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Date(IStringLocalizer<IncubationResource> localizer, DateOnly date) =>
        date.ToString(localizer["ReminderLetter:DateFormat"], CultureInfo.InvariantCulture);
}
