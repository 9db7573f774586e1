namespace Coroutines.Generator.Models
{
    /// <summary>
    /// What one [Coroutine] method becomes: the generated file (null when a diagnostic stopped it) and its diagnostics.
    /// Plain strings only, so an unrelated edit that yields the same text is seen as unchanged.
    /// </summary>
    internal sealed record CoroutineOutput(GeneratedFile? File, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>A generated source file.</summary>
    internal sealed record GeneratedFile(string HintName, string Source);
}
