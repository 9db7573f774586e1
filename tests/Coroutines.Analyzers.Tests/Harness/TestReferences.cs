using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Coroutines.Analyzers.Tests.Harness
{
    /// <summary>What test code compiles against: the running .NET's assemblies and Coroutines.Runtime; nothing is downloaded.</summary>
    public static class TestReferences
    {
        public static ImmutableArray<MetadataReference> All { get; } = Build(withRuntime: true);

        public static ImmutableArray<MetadataReference> WithoutRuntime { get; } = Build(withRuntime: false);

        private static ImmutableArray<MetadataReference> Build(bool withRuntime)
        {
            var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll");
            if (withRuntime) paths = paths.Append(typeof(CoroutineAttribute).Assembly.Location);
            return paths.Distinct().Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
        }
    }
}
