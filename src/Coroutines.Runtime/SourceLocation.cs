namespace Coroutines
{
    /// <summary>A place in the user's source: where a paused coroutine stands.</summary>
    public readonly struct SourceLocation
    {
        /// <summary>Creates a location.</summary>
        public SourceLocation(string file, int line)
        {
            File = file;
            Line = line;
        }

        /// <summary>The source file's path as the compiler saw it.</summary>
        public string File { get; }

        /// <summary>One-based line number.</summary>
        public int Line { get; }

        /// <inheritdoc/>
        public override string ToString() => File + ":" + Line;
    }
}
