using Microsoft.CodeAnalysis;

namespace Coroutines.Generator.Find
{
    internal static class SymbolFormats
    {
        /// <summary>global::-qualified, keywords for special types, nullable annotations kept: safe to emit anywhere.</summary>
        public static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
            SymbolDisplayMiscellaneousOptions.UseSpecialTypes |
            SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers |
            SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        public static string Display(this ITypeSymbol type) => type.ToDisplayString(Qualified);
    }
}
