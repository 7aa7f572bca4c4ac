using System.IO;
using System.Linq;

namespace PhoneRules.Schema.Tests;

/// <summary>
/// The one bounded read the build and the console share (<see cref="CatalogReader.ReadAtMost"/>): a stream's
/// length is only a hint for the buffer, so a stream that is not where, or not as long as, it says still gives
/// exactly the bytes it yields, and never more than the count.
/// </summary>
public sealed class ReadAtMostTests
{
    [Theory]
    [InlineData(0, 0, 1_000_000)]
    [InlineData(5, 0, 1_000_000)]
    [InlineData(5, 3, 1_000_000)]
    [InlineData(0, -4, 1_000_000)]
    [InlineData(200_000, 100, 1_000_000)]
    [InlineData(0, 0, 1_000)]
    [InlineData(0, 0, 200_100)]
    [InlineData(7, 0, 200_093)]
    [InlineData(0, 500, 90_000)]
    public void AStreamThatIsNotWhereOrAsLongAsItSays_GivesWhatItYields_UpToTheCount(int position, int lie, long count)
    {
        var content = Enumerable.Range(0, 200_100).Select(i => (byte)i).ToArray();
        using var stream = new LyingStream(content, lie) { Position = position };

        var bytes = CatalogReader.ReadAtMost(stream, count);

        Assert.Equal(content.Skip(position).Take((int)count).ToArray(), bytes);
        Assert.Equal(position + bytes.Length, stream.Position);
    }

    [Fact]
    public void AStreamThatCannotTellItsLength_IsReadToTheCount()
    {
        using var stream = new UnseekableStream(new byte[300_000]);

        Assert.Equal(100_001, CatalogReader.ReadAtMost(stream, 100_001).Length);
        Assert.Equal(199_999, CatalogReader.ReadAtMost(stream, 1_000_000).Length);
    }

    // A seekable stream whose Length is off by lie bytes from what it yields.
    private sealed class LyingStream(byte[] content, int lie) : MemoryStream(content)
    {
        public override long Length => base.Length + lie;
    }

    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
