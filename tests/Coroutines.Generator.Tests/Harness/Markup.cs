using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace Coroutines.Generator.Tests.Harness
{
    /// <summary>
    /// Source text with expected diagnostics marked in place: <c>{|CORO0001:text|}</c> expects CORO0001 on exactly
    /// <c>text</c>. Marks may nest. <see cref="Parse"/> strips the marks and returns where they were.
    /// </summary>
    public static class Markup
    {
        public static (string Source, List<(string Id, TextSpan Span)> Expected) Parse(string marked)
        {
            var source = new StringBuilder();
            var open = new Stack<(string Id, int Start)>();
            var expected = new List<(string Id, TextSpan Span)>();
            for (int i = 0; i < marked.Length; i++)
            {
                if (marked[i] == '{' && i + 1 < marked.Length && marked[i + 1] == '|')
                {
                    int colon = marked.IndexOf(':', i + 2);
                    if (colon < 0) throw new FormatException("A mark needs an id: {|ID:text|}");
                    open.Push((marked.Substring(i + 2, colon - i - 2), source.Length));
                    i = colon;
                }
                else if (marked[i] == '|' && i + 1 < marked.Length && marked[i + 1] == '}' && open.Count > 0)
                {
                    var (id, start) = open.Pop();
                    expected.Add((id, TextSpan.FromBounds(start, source.Length)));
                    i++;
                }
                else
                {
                    source.Append(marked[i]);
                }
            }
            if (open.Count > 0) throw new FormatException("A mark is not closed: " + open.Peek().Id);
            return (source.ToString(), expected);
        }
    }
}
