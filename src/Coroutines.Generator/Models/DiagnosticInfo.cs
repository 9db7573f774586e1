using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Coroutines.Generator.Models
{
    /// <summary>A diagnostic as plain data (no <see cref="Location"/> or symbol), so it can travel through the cached pipeline.</summary>
    internal sealed record DiagnosticInfo(string Id, string FilePath, TextSpan Span, LinePositionSpan Lines, EquatableArray<StringValue> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location location, params string[] arguments)
        {
            var lines = location.GetLineSpan();
            return new DiagnosticInfo(
                descriptor.Id,
                location.SourceTree?.FilePath ?? "",
                location.SourceSpan,
                lines.Span,
                Array.ConvertAll(arguments, a => new StringValue(a)).ToEquatableArray());
        }

        public Diagnostic ToDiagnostic()
        {
            var location = Location.Create(FilePath, Span, Lines);
            var args = new object[Arguments.Length];
            for (int i = 0; i < args.Length; i++) args[i] = Arguments[i].Value;
            return Diagnostic.Create(Diagnostics.Descriptors.ById(Id), location, args);
        }
    }

    /// <summary>A string in an <see cref="EquatableArray{T}"/>.</summary>
    internal readonly record struct StringValue(string Value);
}
