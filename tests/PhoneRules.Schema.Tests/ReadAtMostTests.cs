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

    [Theory]
    [InlineData(0)]
    [InlineData(1_000)]
    public void A_stream_that_tells_its_length_is_read_into_one_buffer_of_that_size(int position)
    {
        var content = new byte[1_000_000 + position];
        using var stream = new MemoryStream(content) { Position = position };

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var bytes = CatalogReader.ReadAtMost(stream, 512L * 1024 * 1024);
        var allocated = System.GC.GetAllocatedBytesForCurrentThread() - before;

        // The content once and the 80 KB copy buffer (1.08 MB, and whatever else the runtime puts on this thread), not a
        // buffer grown by doubling or one copied out (2 MB or more).
        Assert.Equal(1_000_000, bytes.Length);
        Assert.InRange(allocated, 1_000_000, 1_500_000);
    }

    [Fact]
    public void A_length_the_stream_cannot_hold_is_not_taken_as_the_buffers_size()
    {
        using var stream = new LyingStream(new byte[10], int.MaxValue - 10);

        var before = System.GC.GetAllocatedBytesForCurrentThread();
        var bytes = CatalogReader.ReadAtMost(stream, long.MaxValue);

        Assert.Equal(10, bytes.Length);
        Assert.InRange(System.GC.GetAllocatedBytesForCurrentThread() - before, 0, 100_000); // the 80 KB copy buffer, not 2 GB
    }

    [Theory]
    [InlineData(100, 100)]
    [InlineData(100, 40)]
    [InlineData(0, 10)]
    public void The_stream_is_never_asked_for_no_bytes(int length, long count)
    {
        // A read of nothing waits for data on some streams (a socket, a pipe): reading stops at the count instead.
        using var stream = new NoEmptyReadStream(new byte[length]);

        Assert.Equal(System.Math.Min(length, count), CatalogReader.ReadAtMost(stream, count).Length);
    }

    [Fact]
    public void No_stream_is_an_argument_error()
    {
        Assert.Throws<System.ArgumentNullException>(() => CatalogReader.ReadAtMost(null!, 1));
    }

    // A seekable stream whose Length is off by lie bytes from what it yields.
    private sealed class LyingStream(byte[] content, int lie) : MemoryStream(content)
    {
        public override long Length => base.Length + lie;
    }

    // A stream that cannot seek, and so cannot tell its length or position, as a pipe.
    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new System.NotSupportedException();

        public override long Position
        {
            get => throw new System.NotSupportedException();
            set => throw new System.NotSupportedException();
        }
    }

    private sealed class NoEmptyReadStream(byte[] content) : MemoryStream(content)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            count > 0 ? base.Read(buffer, offset, count) : throw new System.InvalidOperationException("asked for no bytes");
    }
}
