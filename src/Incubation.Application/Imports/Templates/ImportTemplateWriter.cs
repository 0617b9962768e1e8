using System.Data;
using Incubation.Certification;
using Incubation.Files;
using Incubation.Localization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Incubation.Imports;

/// <summary>
/// The template of a kind in the user's language: a first sheet with only the header row (required columns marked *),
/// a sheet saying how to fill each column with an example, and the reference lists the cells may name. Examples stay
/// off the first sheet so a template sent back unchanged never imports a sample enterprise.
/// </summary>
public sealed class ImportTemplateWriter(IStringLocalizer<IncubationResource> l, ImportReferenceData reference)
{
    public async Task<FileDownload> WriteAsync(ImportKind kind, CancellationToken cancellationToken)
    {
        await reference.LoadAsync(cancellationToken);
        var columns = ImportColumnSets.For(kind);
        var header = new DataTable();
        foreach (var column in columns)
        {
            header.Columns.Add(ImportHeader.Title(column, l[column.LabelKey]), typeof(string));
        }

        var sheets = new Dictionary<string, object>
        {
            [l["Import:Sheet.Data." + kind]] = header,
            [l["Import:Sheet.Instructions"]] = columns.Select(Instruction).ToList(),
        };
        if (ReferenceRows(kind) is { Count: > 0 } rows)
        {
            sheets[l["Import:Sheet.Reference"]] = rows;
        }

        var widths = columns.Select(c => new DynamicExcelColumn(ImportHeader.Title(c, l[c.LabelKey])) { Width = 22 })
            .Concat([new DynamicExcelColumn(l["Import:Instructions.Hint"]) { Width = 60 }, new DynamicExcelColumn(l["Import:Reference.Name"]) { Width = 40 }])
            .DistinctBy(c => c.Key)
            .ToArray();
        var content = new MemoryStream();
        await content.SaveAsAsync(sheets, configuration: new OpenXmlConfiguration { DynamicColumns = widths, AutoFilter = false },
            cancellationToken: cancellationToken);
        content.Position = 0;
        return new FileDownload(l["Import:TemplateFileName." + kind] + ".xlsx", ImportConsts.XlsxContentType, content.Length, content);
    }

    private Dictionary<string, object?> Instruction(ImportColumn column) => new()
    {
        [l["Import:Instructions.Column"]] = ImportHeader.Title(column, l[column.LabelKey]),
        [l["Import:Instructions.Requirement"]] = l["Import:Requirement." + column.Requirement].Value,
        [l["Import:Instructions.Hint"]] = Hint(column),
        [l["Import:Instructions.Example"]] = column.Example,
    };

    private string Hint(ImportColumn column)
    {
        if (column.HintKey is { } key)
        {
            return l[key];
        }

        return column.Type switch
        {
            ImportValueType.Text when column.MaxLength > 0 => l["Import:Hint.Text", column.MaxLength],
            ImportValueType.QualificationKind => l["Import:Hint.QualificationKind", reference.QualificationKindNames(l)],
            _ => l["Import:Hint." + column.Type],
        };
    }

    private List<Dictionary<string, object?>> ReferenceRows(ImportKind kind)
    {
        var rows = new List<Dictionary<string, object?>>();
        void Add(string listKey, string code, string name) => rows.Add(new()
        {
            [l["Import:Reference.List"]] = l[listKey].Value,
            [l["Import:Reference.Code"]] = code,
            [l["Import:Reference.Name"]] = name,
        });

        if (kind == ImportKind.Enterprises)
        {
            foreach (var (code, name) in reference.SubDistricts)
            {
                Add("Enterprise:SubDistrict", code, name);
            }

            foreach (var (code, name) in reference.LeafTechFields)
            {
                Add("Enterprise:IndustryField", code, name);
            }
        }
        else if (kind == ImportKind.Qualifications)
        {
            foreach (var value in Enum.GetValues<QualificationKind>())
            {
                Add("Qualification:Kind", value.ToString(), l["Enum:QualificationKind." + value]);
            }
        }

        return rows;
    }
}
