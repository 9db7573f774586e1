using System;
using System.Text;

namespace Coroutines.Generator.Emit
{
    /// <summary>Indented text with <c>#line</c> bookkeeping: user statements map to their source line, glue is hidden.</summary>
    internal sealed class SourceWriter
    {
        private readonly StringBuilder text = new StringBuilder();
        private int indent;
        private int? mappedLine;
        private bool hidden;
        private bool endsWithLabel;

        public SourceWriter(int indent = 0) => this.indent = indent;

        public int Indent => indent;

        public SourceWriter Line(string line = "")
        {
            endsWithLabel = false;
            if (line.Length == 0) text.Append('\n');
            else text.Append(' ', indent * 4).Append(line).Append('\n');
            if (mappedLine.HasValue) mappedLine++;
            return this;
        }

        /// <summary>Writes a multi-line block verbatim, each line re-indented at the current level.</summary>
        public SourceWriter Lines(string block)
        {
            foreach (var line in block.Split('\n')) Line(line.TrimEnd('\r'));
            return this;
        }

        /// <summary>A label sits one level out, as case labels do.</summary>
        public SourceWriter Label(string label, string? comment = null)
        {
            text.Append(' ', Math.Max(0, indent - 1) * 4).Append(label).Append(':');
            if (comment != null) text.Append(" // ").Append(comment);
            text.Append('\n');
            endsWithLabel = true;
            if (mappedLine.HasValue) mappedLine++;
            return this;
        }

        public SourceWriter Open(string header)
        {
            Line(header);
            Line("{");
            indent++;
            return this;
        }

        public SourceWriter Close(string closer = "}")
        {
            indent--;
            Line(closer);
            return this;
        }

        /// <summary>Appends text written by another writer; the mapping state is what its last directive left.</summary>
        public void Raw(string raw)
        {
            text.Append(raw);
            endsWithLabel = false;
            int last = raw.LastIndexOf("#line ", StringComparison.Ordinal);
            bool endsHidden = last >= 0 && string.CompareOrdinal(raw, last, "#line hidden", 0, 12) == 0;
            hidden = endsHidden;
            mappedLine = null;
        }

        /// <summary>A label must label a statement: before a block closes after one, an empty statement.</summary>
        public void EndBlock()
        {
            if (endsWithLabel) Line(";");
        }

        /// <summary>Maps the following lines to <paramref name="line"/> (one-based) of <paramref name="file"/>.</summary>
        public void MapTo(int line, string file)
        {
            if (!hidden && mappedLine == line) return;
            text.Append("#line ").Append(line).Append(" \"").Append(Escape(file)).Append("\"\n");
            mappedLine = line;
            hidden = false;
        }

        /// <summary>Marks the following lines as generated glue, which the debugger steps over.</summary>
        public void Hide()
        {
            if (hidden) return;
            text.Append("#line hidden\n");
            hidden = true;
            mappedLine = null;
        }

        /// <summary>Forgets the mapping state after raw text was inserted, so the next directive is written.</summary>
        public void Forget()
        {
            hidden = false;
            mappedLine = null;
        }

        /// <summary>Returns to the generated file's own line numbers.</summary>
        public void Default()
        {
            text.Append("#line default\n");
            hidden = false;
            mappedLine = null;
        }

        public override string ToString() => text.ToString();

        private static string Escape(string path) => path.Replace("\\", "\\\\").Replace("\"", "\\\"");
    }
}
