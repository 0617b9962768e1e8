using System.Net;
using System.Text;

namespace Incubation.Visits;

/// <summary>A 工作提示函 as a self-contained printable HTML page (A4, the letter text, the list of needs).</summary>
public static class ReminderLetterDocument
{
    public static string Render(ReminderLetterDto letter)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(letter.Number))
            .Append("</title><style>@page{size:A4;margin:25mm 20mm}body{font-family:'FangSong','STFangsong','WenQuanYi Zen Hei',serif;")
            .Append("font-size:16pt;line-height:1.8}h1{text-align:center;font-size:22pt}.no{text-align:center}pre{white-space:pre-wrap;font:inherit}</style>")
            .Append("</head><body><p class=\"no\">")
            .Append(WebUtility.HtmlEncode(letter.Number))
            .Append("</p><pre>")
            .Append(WebUtility.HtmlEncode(letter.Text))
            .Append("</pre></body></html>");
        return html.ToString();
    }
}
