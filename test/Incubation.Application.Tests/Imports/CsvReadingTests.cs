using System.Text;

namespace Incubation.Imports;

/// <summary>CSV as Excel and people write it: quoting, line breaks, blank lines, UTF-8 or GBK told apart by content.</summary>
public class CsvReadingTests
{
    [Fact]
    public void Should_read_quoted_fields_doubled_quotes_and_line_breaks_inside_quotes()
    {
        var records = Read("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\n\nlast,no newline");

        Assert.Equal(
        [
            ["a", "b,1", "say \"hi\""],
            ["two\r\nlines", "", "x"],
            [""],
            ["last", "no newline"],
        ], records);
    }

    [Theory]
    [InlineData("代码,名称", ',')]
    [InlineData("代码\t名称", '\t')]
    [InlineData("代码;名称", ';')]
    [InlineData("代码", ',')]
    public void Should_detect_the_delimiter_from_the_header(string header, char expected) =>
        Assert.Equal(expected, CsvRecordReader.DetectDelimiter(header));

    [Fact]
    public void Should_tell_gbk_from_utf8_by_the_content()
    {
        const string text = "统一社会信用代码,企业名称\r\n915201030000000001,贵阳黔灵镇·鑫磊科技\r\n";

        Assert.Equal(ImportFileFormat.CsvUtf8, Detect(new UTF8Encoding(false).GetBytes(text)));
        Assert.Equal(ImportFileFormat.CsvUtf8, Detect([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]));
        Assert.Equal(ImportFileFormat.CsvGbk, Detect(CsvEncodingDetector.Gbk.GetBytes(text)));
        Assert.Equal(ImportFileFormat.CsvUtf8, Detect("code,name\r\n1,a\r\n"u8.ToArray()));
    }

    [Fact]
    public void Should_not_take_a_utf8_character_split_between_two_read_chunks_for_gbk()
    {
        // 64 KiB chunks: two ASCII bytes shift the 3-byte characters so that one straddles the boundary.
        var text = "xy" + new string('中', 30_000);
        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.True(bytes.Length > 64 * 1024 && (64 * 1024 - 2) % 3 != 0);

        Assert.Equal(ImportFileFormat.CsvUtf8, Detect(bytes));
    }

    [Fact]
    public void Should_number_csv_rows_as_the_spreadsheet_shows_them_and_keep_chinese_text()
    {
        var bytes = CsvEncodingDetector.Gbk.GetBytes("代码,名称\r\nA,甲\r\n\r\nB,\"乙\n丙\"\r\nC,丁");
        using var sheet = ImportFileReader.Open(new MemoryStream(bytes));

        Assert.Equal(ImportFileFormat.CsvGbk, sheet.Format);
        Assert.Equal(["代码", "名称"], sheet.Header);
        Assert.Equal([(2, "甲"), (3, null), (4, "乙\n丙"), (5, "丁")],
            sheet.Rows.Select(r => (r.Number, r.IsBlank ? null : (string?)r.Cells[1])));
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, ImportErrorCodes.OldExcelFormat)]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, ImportErrorCodes.FileUnreadable)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00 }, ImportErrorCodes.FileUnreadable)]
    [InlineData(new byte[0], ImportErrorCodes.NoRows)]
    public void Should_refuse_what_is_not_a_workbook_or_csv(byte[] content, string code)
    {
        var error = Assert.Throws<BusinessException>(() =>
        {
            using var sheet = ImportFileReader.Open(new MemoryStream(content));
            _ = sheet.Rows.ToList();
        });

        Assert.Equal((code, "file"), (error.Code, error.Field));
    }

    private static List<string[]> Read(string text) => new CsvRecordReader(new StringReader(text), ',').ReadRecords().ToList();

    private static ImportFileFormat Detect(byte[] bytes) => CsvEncodingDetector.Detect(new MemoryStream(bytes));
}
