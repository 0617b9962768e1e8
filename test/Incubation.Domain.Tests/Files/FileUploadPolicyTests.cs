using System.IO.Compression;

namespace Incubation.Files;

public class FileUploadPolicyTests
{
    private const long MaxSize = 1024;
    private readonly FileUploadPolicy _policy = new(MaxSize);

    [Fact]
    public void Should_accept_a_png_and_take_its_type_from_the_content()
    {
        var accepted = _policy.Check("  现场照片.PNG ", Png(100), StoredFilePurpose.VisitPhoto);
        Assert.Equal(StoredFileKind.Png, accepted.Kind);
        Assert.Equal("image/png", accepted.ContentType);
        Assert.Equal("现场照片.PNG", accepted.Name);
    }

    [Theory]
    [InlineData("photo.jpg", StoredFileKind.Jpeg)]
    [InlineData("photo.webp", StoredFileKind.WebP)]
    [InlineData("minutes.pdf", StoredFileKind.Pdf)]
    public void Should_accept_the_other_kinds_by_their_magic_bytes(string name, StoredFileKind kind)
    {
        byte[] content = kind switch
        {
            StoredFileKind.Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10],
            StoredFileKind.WebP => [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8],
            _ => [.. "%PDF-1.7\n"u8],
        };
        Assert.Equal(kind, _policy.Check(name, content, StoredFilePurpose.Other).Kind);
    }

    [Fact]
    public void Should_accept_a_word_document_and_an_excel_workbook_by_their_package_parts()
    {
        Assert.Equal(StoredFileKind.Docx, _policy.Check("report.docx", Package("word/document.xml"), StoredFilePurpose.VisitAttachment).Kind);
        Assert.Equal(StoredFileKind.Xlsx, new FileUploadPolicy(64 * 1024).Check("figures.xlsx", Package("xl/workbook.xml"), StoredFilePurpose.Other).Kind);
    }

    [Fact]
    public void Should_refuse_a_file_larger_than_the_limit_naming_the_limit()
    {
        var error = Refused(() => _policy.Check("big.png", Png((int)MaxSize + 1), StoredFilePurpose.Other), IncubationErrorCodes.FileTooLarge);
        Assert.Equal("1 KB", Assert.Single(error.MessageArguments));
    }

    [Fact]
    public void Should_accept_a_file_of_exactly_the_limit() =>
        Assert.Equal(StoredFileKind.Png, _policy.Check("edge.png", Png((int)MaxSize), StoredFilePurpose.Other).Kind);

    [Fact]
    public void Should_refuse_an_empty_file() =>
        Refused(() => _policy.Check("empty.png", Array.Empty<byte>(), StoredFilePurpose.Other), IncubationErrorCodes.FileEmpty);

    [Fact]
    public void Should_refuse_an_executable() =>
        Refused(() => _policy.Check("setup.exe", new byte[] { 0x4D, 0x5A, 0x90, 0, 3, 0 }, StoredFilePurpose.Other), IncubationErrorCodes.FileTypeNotAllowed);

    [Fact]
    public void Should_refuse_a_png_named_pdf() =>
        Refused(() => _policy.Check("scan.pdf", Png(64), StoredFilePurpose.Other), IncubationErrorCodes.FileTypeNotAllowed);

    [Fact]
    public void Should_refuse_a_text_file_named_jpg() =>
        Refused(() => _policy.Check("photo.jpg", "just some text\n"u8.ToArray(), StoredFilePurpose.Other), IncubationErrorCodes.FileTypeNotAllowed);

    [Fact]
    public void Should_refuse_a_zip_that_is_not_the_office_document_its_extension_says()
    {
        Refused(() => _policy.Check("report.docx", Package("xl/workbook.xml"), StoredFilePurpose.Other), IncubationErrorCodes.FileTypeNotAllowed);
        Refused(() => _policy.Check("report.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 }, StoredFilePurpose.Other), IncubationErrorCodes.FileTypeNotAllowed);
    }

    [Theory]
    [InlineData("../../etc/passwd.png")]
    [InlineData("a\\b.png")]
    [InlineData("a/b.png")]
    [InlineData("a\0.png")]
    [InlineData("line\nbreak.png")]
    [InlineData("gnp\u202Eevil.png")]
    [InlineData("   ")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_refuse_a_name_that_is_a_path_hides_characters_or_is_empty(string? name) =>
        Refused(() => _policy.Check(name, Png(64), StoredFilePurpose.Other), IncubationErrorCodes.FileNameNotAllowed);

    [Fact]
    public void Should_refuse_a_name_longer_than_the_limit()
    {
        var name = new string('a', FileConsts.MaxFileNameLength - 3) + ".png";
        Refused(() => _policy.Check(name, Png(64), StoredFilePurpose.Other), IncubationErrorCodes.FileNameNotAllowed);
        Assert.Equal(StoredFileKind.Png, _policy.Check(name[1..], Png(64), StoredFilePurpose.Other).Kind);
    }

    [Fact]
    public void Should_refuse_a_signature_that_is_not_an_image() =>
        Refused(() => _policy.Check("signature.pdf", "%PDF-1.4"u8.ToArray(), StoredFilePurpose.Signature), IncubationErrorCodes.FilePurposeNeedsImage);

    private static BusinessException Refused(Action check, string code)
    {
        var error = Assert.Throws<BusinessException>(check);
        Assert.Equal(code, error.Code);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("file", error.Field);
        return error;
    }

    private static byte[] Png(int length)
    {
        var bytes = new byte[length];
        byte[] magic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        magic.AsSpan(0, Math.Min(length, magic.Length)).CopyTo(bytes);
        return bytes;
    }

    private static byte[] Package(string mainPart)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in new[] { "[Content_Types].xml", mainPart })
            {
                using var writer = new StreamWriter(zip.CreateEntry(part).Open());
                writer.Write("<x/>");
            }
        }

        return stream.ToArray();
    }
}
