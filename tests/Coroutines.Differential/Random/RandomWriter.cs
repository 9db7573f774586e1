using System.Text;

namespace Coroutines.Differential.Random
{
    /// <summary>Lines with four-space indentation, for both printers.</summary>
    internal sealed class Writer
    {
        private readonly StringBuilder text = new();

        public int Indent { get; set; }

        public void Line(string line)
        {
            if (line.Length > 0) text.Append(' ', Indent * 4).Append(line);
            text.Append('\n');
        }

        public override string ToString() => text.ToString();
    }
}
