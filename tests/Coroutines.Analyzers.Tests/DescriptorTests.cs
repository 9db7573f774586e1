using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Coroutines.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Coroutines.Analyzers.Tests
{
    /// <summary>The analyzers' descriptors sit in the generator's catalogue, each with its page and its release entry.</summary>
    public class DescriptorTests
    {
        private static readonly string[] AnalyzerIds = { "CORO1001", "CORO1002", "CORO1004", "CORO1005" };

        [Fact]
        public void The_catalogue_holds_the_analyzer_rules_next_to_the_generator_rules()
        {
            var ids = Descriptors.Every.Select(d => d.Id).ToList();
            Assert.Equal(ids.Distinct().Count(), ids.Count);
            Assert.Contains("CORO0001", ids);
            Assert.Equal(AnalyzerIds, ids.Where(id => id.StartsWith("CORO1", System.StringComparison.Ordinal)).OrderBy(id => id));
            foreach (string id in AnalyzerIds)
            {
                var descriptor = Descriptors.ById(id);
                Assert.Equal(DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
                Assert.True(descriptor.IsEnabledByDefault);
                Assert.EndsWith("/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
            }
        }

        [Fact]
        public void Every_analyzer_rule_has_a_page_and_an_unshipped_release_entry()
        {
            string root = RepositoryRoot();
            string releases = File.ReadAllText(Path.Combine(root, "src", "Coroutines.Generator", "AnalyzerReleases.Unshipped.md"));
            foreach (string id in AnalyzerIds)
            {
                var descriptor = Descriptors.ById(id);
                string page = Path.Combine(root, "docs", "diagnostics", id + ".md");
                Assert.True(File.Exists(page), page + " is missing");
                Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(page));
                Assert.Contains($"{id} | Coroutines | Warning | {descriptor.Title}", releases);
            }
        }

        private static string RepositoryRoot([CallerFilePath] string here = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));
    }
}
