namespace Incubation.Imports;

/// <summary>Cells as people type them, or as Excel stores them, read as numbers, dates and yes/no.</summary>
public class CellValueTests
{
    [Theory]
    [InlineData("1,234.50", "1234.50")]
    [InlineData(" -250000 ", "-250000")]
    [InlineData("１２３", "123")]
    [InlineData("1.25E+07", "12500000")]
    public void Should_read_numbers_typed_as_text(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CellNumber.Parse(text));

    [Theory]
    [InlineData("一百万")]
    [InlineData("12元")]
    [InlineData("1.2.3")]
    public void Should_refuse_what_is_not_a_number(string text) => Assert.Null(CellNumber.Parse(text));

    [Fact]
    public void Should_read_an_excel_number_to_excels_own_precision() =>
        Assert.Equal(1234.56m, CellNumber.Parse(1234.56 + 1e-12));

    [Theory]
    [InlineData("2024-03-05")]
    [InlineData("2024/3/5")]
    [InlineData("2024.3.5")]
    [InlineData("2024年3月5日")]
    [InlineData("20240305")]
    [InlineData("2024/3/5 0:00")]
    public void Should_read_dates_in_the_forms_people_type(string text) =>
        Assert.Equal(new DateOnly(2024, 3, 5), CellDate.Parse(text));

    [Fact]
    public void Should_read_dates_excel_stores_as_dates_serials_or_digits()
    {
        Assert.Equal(new DateOnly(2024, 3, 5), CellDate.Parse(new DateTime(2024, 3, 5)));
        Assert.Equal(new DateOnly(2024, 3, 5), CellDate.Parse(45356d));
        Assert.Equal(new DateOnly(2024, 3, 5), CellDate.Parse(20240305d));
        Assert.Null(CellDate.Parse("2024-02-30"));
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("Yes", true)]
    [InlineData("√", true)]
    [InlineData("1", true)]
    [InlineData("否", false)]
    [InlineData("no", false)]
    [InlineData("×", false)]
    [InlineData("也许", null)]
    public void Should_read_yes_and_no(string text, bool? expected) => Assert.Equal(expected, CellFlag.Parse(text));
}
