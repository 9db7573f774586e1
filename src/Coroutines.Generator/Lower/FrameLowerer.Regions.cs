using System;
using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Emit;
using Coroutines.Generator.Find;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Lower
{
    /// <summary>Exception regions: try, and the statements built on it (using, foreach).</summary>
    internal sealed partial class FrameLowerer
    {
        /// <summary>
        /// A try that pauses keeps a real try, entered through its own dispatch when resuming. A finally without a
        /// pause stays a real finally, guarded so that pausing (returning from Step) does not run it:
        /// <code>
        /// try_n:
        ///     try
        ///     {
        ///         switch (ResumeAt) { case k: goto resume_k; }
        ///         …body…
        ///     }
        ///     finally
        ///     {
        ///         if (ResumeAt == Running) { …finally… }
        ///     }
        /// </code>
        /// </summary>
        private void LowerTry(TryStatementSyntax statement)
        {
            if (statement.Finally != null && facts.Holds(statement.Finally))
            {
                LowerTryWithPausingFinally(statement);
                return;
            }
            if (statement.Finally == null)
            {
                LowerTryCatch(statement);
                return;
            }
            var finallyBlock = statement.Finally;
            EmitTryRegion(NewLabel("try"), () => LowerTryCatch(statement), () =>
            {
                writer.Line("finally");
                writer.Line("{");
                writer.Line("    if (ResumeAt == Running)");
                writer.Line("    {");
                writer.Raw(IndentedUser(finallyBlock.Block.Statements, 2));
                writer.Hide();
                writer.Line("    }");
                writer.Line("}");
            });
        }

        /// <summary>
        /// A catch whose handler pauses only catches in the real catch clause, saves the exception, and leaves;
        /// its handler runs after the try, where it may pause:
        /// <code>
        ///     catch (E e) when (filter) { __exception_n = e; this.e = e; goto try_n_catch_0; }
        ///     goto try_n_end;
        /// try_n_catch_0:
        ///     …handler…               // throw; becomes throw Rethrow(__exception_n)
        /// try_n_end:
        /// </code>
        /// </summary>
        private void LowerTryCatch(TryStatementSyntax statement)
        {
            if (statement.Catches.Count == 0)
            {
                LowerStatement(statement.Block);
                return;
            }
            string name = NewLabel("try");
            var pausing = statement.Catches.Where(c => facts.Holds(c.Block)).ToList();
            var savedExceptions = new Dictionary<CatchClauseSyntax, string>();
            EmitTryRegion(name, () => LowerStatement(statement.Block), () =>
            {
                for (int i = 0; i < statement.Catches.Count; i++)
                {
                    var clause = statement.Catches[i];
                    if (!pausing.Contains(clause))
                    {
                        string header = "catch" + (clause.Declaration != null ? " " + Rewrite(clause.Declaration) : "") + Filter(clause);
                        string handler = CaptureClosures(Rewrite(clause.Block));
                        if (overflowContext != null) handler = "{\n" + overflowContext + "\n" + handler + "\n}";
                        User(clause, header + "\n" + handler, captureClosures: false, isStatement: false);
                        continue;
                    }
                    string saved = Temporary($"__{name}_exception_{i}", "global::System.Exception?", "the exception a pausing catch handles, for throw;");
                    savedExceptions[clause] = saved;
                    var declaration = clause.Declaration;
                    var local = declaration != null && declaration.Identifier.ValueText.Length > 0 ? model.GetDeclaredSymbol(declaration) : null;
                    string variable = local != null ? hoister.Names[local] : "__caught";
                    string type = declaration != null ? model.GetTypeInfo(declaration.Type).Type!.Display() : "global::System.Exception";
                    User(clause, $"catch ({type} {variable}){Filter(clause)}", isStatement: false);
                    Glue();
                    writer.Line("{");
                    writer.Line($"    {saved} = {variable};");
                    if (local != null) writer.Line($"    this.{variable} = {variable};");
                    writer.Line($"    goto {name}_catch_{i};");
                    writer.Line("}");
                }
            }, catchesGeneratorExit: statement.Catches.Any(CatchesGeneratorExit));
            if (pausing.Count == 0) return;
            Glue($"goto {name}_end;");
            foreach (var clause in pausing)
            {
                writer.Label($"{name}_catch_{statement.Catches.IndexOf(clause)}", "catch " + clause.Declaration?.ToString());
                scopes.Add(new CatchScope(clause, savedExceptions[clause]));
                LowerStatement(clause.Block);
                scopes.RemoveAt(scopes.Count - 1);
                Glue($"goto {name}_end;");
            }
            writer.Label(name + "_end");
        }

        /// <summary>
        /// A finally that pauses becomes states after the try; every way out of the try goes through them, as
        /// regenerator and Roslyn's iterators do it:
        /// <code>
        ///     __try_n_next = 0; __try_n_exception = null;
        /// try_n:
        ///     try { …body and catches… }      // break/return/goto out: { __try_n_next = j; goto try_n_finally; }
        ///     catch (Exception e) { __try_n_exception = e; }
        /// try_n_finally:
        ///     …finally…
        ///     if (__try_n_exception != null) throw Rethrow(__try_n_exception);
        ///     if (__try_n_next == j) goto target_j;
        /// </code>
        /// </summary>
        private void LowerTryWithPausingFinally(TryStatementSyntax statement)
        {
            string name = NewLabel("try");
            string next = Temporary($"__{name}_next", "int", "which jump out of the try waits for the finally (0: none)");
            string exception = Temporary($"__{name}_exception", "global::System.Exception?", "the exception that waits for the finally");
            Glue($"{next} = 0;");
            Glue($"{exception} = null;");
            var scope = new FinallyScope(statement, name + "_finally", next, exception);
            scopes.Add(scope);
            EmitTryRegion(name, () => LowerTryCatch(statement), () =>
            {
                writer.Line("catch (global::System.Exception __caught)");
                writer.Line("{");
                writer.Line($"    {exception} = __caught;");
                writer.Line("}");
            }, catchesGeneratorExit: true);
            scopes.RemoveAt(scopes.Count - 1);

            writer.Label(scope.FinallyLabel, "finally");
            LowerStatement(statement.Finally!.Block);
            Glue($"if ({exception} != null) throw Rethrow({exception});");
            for (int j = 0; j < scope.PendingJumps.Count; j++)
            {
                var (label, anchor) = scope.PendingJumps[j];
                Glue($"if ({next} == {j + 1}) {(label == ReturnLabel ? ReturnStored() : JumpCode(label, anchor))}");
            }
        }

        /// <summary>
        /// <code>
        ///     x = resource;
        /// using_n:
        ///     try { …body… }
        ///     finally { if (ResumeAt == Running) x?.Dispose(); }
        /// </code>
        /// </summary>
        private void LowerUsing(UsingStatementSyntax statement)
        {
            var resources = new List<(string Field, ITypeSymbol Type)>();
            if (statement.Declaration != null)
            {
                foreach (var declarator in statement.Declaration.Variables)
                {
                    var local = (ILocalSymbol)model.GetDeclaredSymbol(declarator)!;
                    string field = hoister.Names[local];
                    User(declarator, $"{field} = {Spill(declarator.Initializer!.Value)};");
                    resources.Add((field, local.Type));
                }
            }
            else if (statement.Expression != null)
            {
                var type = model.GetTypeInfo(statement.Expression).Type!;
                string field = Temporary($"__using{labelCounter + 1}", type.Display(), "the resource of a using statement");
                User(statement.Expression, $"{field} = {Spill(statement.Expression)};");
                resources.Add((field, type));
            }
            EmitUsingRegion(resources, () => LowerStatement(statement.Statement));
        }

        /// <summary><c>using var x = …;</c>: the rest of the block is the using's body.</summary>
        private void LowerUsingDeclaration(LocalDeclarationStatementSyntax declaration, IReadOnlyList<StatementSyntax> rest)
        {
            LowerLocalDeclaration(declaration);
            var resources = declaration.Declaration.Variables
                .Select(d => (ILocalSymbol)model.GetDeclaredSymbol(d)!)
                .Select(l => (hoister.Names[l], l.Type))
                .ToList();
            EmitUsingRegion(resources, () => LowerBlock(rest));
        }

        private void EmitUsingRegion(List<(string Field, ITypeSymbol Type)> resources, Action lowerBody)
        {
            EmitTryRegion(NewLabel("using"), lowerBody, () =>
            {
                writer.Line("finally");
                writer.Line("{");
                writer.Line("    if (ResumeAt == Running)");
                writer.Line("    {");
                for (int i = resources.Count - 1; i >= 0; i--)
                    writer.Line("        " + DisposeCall(resources[i].Field, resources[i].Type));
                writer.Line("    }");
                writer.Line("}");
            });
        }

        /// <summary>
        /// foreach over an array indexes it; over anything else it holds the enumerator in a field:
        /// <code>
        ///     __enumerator_n = (collection).GetEnumerator();
        /// foreach_n:
        ///     try
        ///     {
        ///     foreach_n_next:
        ///         if (!__enumerator_n.MoveNext()) goto foreach_n_end;
        ///         x = __enumerator_n.Current;
        ///         …body…
        ///         goto foreach_n_next;
        ///     }
        ///     finally { if (ResumeAt == Running) __enumerator_n.Dispose(); }
        /// foreach_n_end:
        /// </code>
        /// </summary>
        private void LowerForEach(CommonForEachStatementSyntax statement)
        {
            if (!facts.Holds(statement.Statement))
            {
                // Only the collection pauses: evaluate it first, then loop as written.
                string evaluated = Stored(statement.Expression);
                string declared = statement is ForEachStatementSyntax single ? $"{single.Type} {single.Identifier.Text}" : ((ForEachVariableStatementSyntax)statement).Variable.ToString();
                User(statement, $"foreach ({declared} in {evaluated})\n{Rewrite(statement.Statement)}");
                return;
            }
            string name = NewLabel("foreach");
            var info = model.GetForEachStatementInfo(statement);
            var collectionType = model.GetTypeInfo(statement.Expression).Type;
            string collection = Spill(statement.Expression);
            string variable = statement switch
            {
                ForEachStatementSyntax single => hoister.Names[model.GetDeclaredSymbol(single)!],
                ForEachVariableStatementSyntax deconstruction => Rewrite(deconstruction.Variable),
                _ => throw new InvalidOperationException(),
            };
            string cast = statement is ForEachStatementSyntax { Type.IsVar: false } typed
                ? "(" + model.GetTypeInfo(typed.Type).Type!.Display() + ")"
                : "";

            if (collectionType is IArrayTypeSymbol { Rank: 1 } arrayType)
            {
                string array = Temporary($"__array{labelCounter}", arrayType.Display(), "the array a foreach walks");
                string index = Temporary($"__index{labelCounter}", "int", "the position of that foreach");
                User(statement.Expression, $"{array} = {collection};");
                Glue($"{index} = 0;");
                writer.Label(name, Header(statement, statement.CloseParenToken));
                Glue($"if ({index} >= {array}.Length) goto {name}_end;");
                EnterClosure(statement.Statement);
                User(statement, $"{variable} = {cast}{array}[{index}];");
                LowerLoopBody(statement, statement.Statement, name + "_end", name + "_continue");
                Glue();
                writer.Label(name + "_continue");
                Glue($"{index}++;");
                Glue($"goto {name};");
                writer.Label(name + "_end");
                return;
            }

            var getEnumerator = info.GetEnumeratorMethod!;
            var enumeratorType = getEnumerator.ReturnType;
            if (cast.Length == 0 && info.CurrentProperty != null && !SymbolEqualityComparer.Default.Equals(info.CurrentProperty.Type, info.ElementType))
                cast = "(" + info.ElementType!.Display() + ")";
            string enumerator = Temporary($"__enumerator{labelCounter}", enumeratorType.Display(), "the enumerator of a foreach");
            string call = getEnumerator.IsExtensionMethod
                ? $"{getEnumerator.ContainingType.Display()}.{getEnumerator.Name}({collection})"
                : $"({collection}).{getEnumerator.Name}()";
            User(statement.Expression, $"{enumerator} = {call};");
            string? dispose = IsDisposable(enumeratorType) ? DisposeCall(enumerator, enumeratorType)
                : enumeratorType.IsSealed || enumeratorType.IsValueType ? null
                : $"({enumerator} as global::System.IDisposable)?.Dispose();";
            Action body = () =>
            {
                Glue();
                writer.Label(name + "_next", Header(statement, statement.CloseParenToken));
                Glue($"if (!{enumerator}.MoveNext()) goto {name}_end;");
                EnterClosure(statement.Statement);
                User(statement, $"{variable} = {cast}{enumerator}.Current;");
                LowerLoopBody(statement, statement.Statement, name + "_end", name + "_next");
                Glue($"goto {name}_next;");
            };
            if (dispose == null)
            {
                body();
            }
            else
            {
                EmitTryRegion(name, body, () =>
                {
                    writer.Line("finally");
                    writer.Line("{");
                    writer.Line($"    if (ResumeAt == Running) {dispose}");
                    writer.Line("}");
                });
            }
            writer.Label(name + "_end");
        }

        /// <summary>A catch clause's filter, in the checked or unchecked context of the block around the try.</summary>
        private string Filter(CatchClauseSyntax clause)
        {
            if (clause.Filter == null) return "";
            string condition = Rewrite(clause.Filter.FilterExpression);
            return overflowContext != null ? $" when ({overflowContext}({condition}))" : $" when ({condition})";
        }

        /// <summary>Whether <paramref name="clause"/> could catch the GeneratorExitException a close raises (filters are assumed to pass).</summary>
        private bool CatchesGeneratorExit(CatchClauseSyntax clause)
        {
            if (clause.Declaration == null) return true;
            var caught = model.GetTypeInfo(clause.Declaration.Type).Type;
            var exit = model.Compilation.GetTypeByMetadataName("Coroutines.GeneratorExitException");
            if (caught == null || exit == null || caught.TypeKind == TypeKind.Error) return true;
            for (ITypeSymbol? type = exit; type != null; type = type.BaseType)
                if (SymbolEqualityComparer.Default.Equals(type, caught)) return true;
            return false;
        }

        /// <summary>
        /// Lowers <paramref name="lowerBody"/> into a real try block with its own dispatch, then lets
        /// <paramref name="writeHandlers"/> write the catch and finally clauses after it.
        /// </summary>
        private void EmitTryRegion(string label, Action lowerBody, Action writeHandlers, bool catchesGeneratorExit = false)
        {
            var outerWriter = writer;
            var outerRegion = region;
            var inner = new Region(outerRegion, label, catchesGeneratorExit);
            writer = new SourceWriter(1);
            region = inner;
            lowerBody();
            writer.EndBlock();
            writer.Hide();
            string bodyText = writer.ToString();
            writer = outerWriter;
            region = outerRegion;

            Glue();
            writer.Label(label);
            writer.Line("try");
            writer.Line("{");
            var dispatch = new SourceWriter(2);
            WriteDispatch(dispatch, inner);
            writer.Raw(dispatch.ToString());
            writer.Raw(Indent(bodyText, 1));
            writer.Hide();
            writer.Line("}");
            writeHandlers();
            Glue();
        }

        /// <summary>Statements of a real finally: copied as written, inside the guard.</summary>
        /// <remarks>Inside a checked or unchecked block the whole finally body keeps the context, as one block.</remarks>
        private string IndentedUser(IEnumerable<StatementSyntax> statements, int depth)
        {
            var outer = writer;
            var outerOverflow = overflowContext;
            overflowContext = null;
            writer = new SourceWriter(outerOverflow != null ? 2 : 1);
            foreach (var statement in statements) Verbatim(statement);
            string text = writer.ToString();
            writer = outer;
            overflowContext = outerOverflow;
            writer.Forget();
            if (outerOverflow != null) text = "    " + outerOverflow + "\n    {\n" + text + "    }\n";
            return Indent(text, depth);
        }

        private static string Indent(string text, int depth)
        {
            string pad = new string(' ', depth * 4);
            var lines = text.Split('\n');
            for (int i = 0; i < lines.Length; i++)
                if (lines[i].Length > 0 && !lines[i].StartsWith("#", StringComparison.Ordinal))
                    lines[i] = pad + lines[i];
            return string.Join("\n", lines);
        }

        private static bool IsDisposable(ITypeSymbol type) =>
            type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_IDisposable)
            || (type.IsRefLikeType && PublicDispose(type));

        private static bool PublicDispose(ITypeSymbol type) =>
            type.GetMembers("Dispose").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 0 && m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic);

        private static string DisposeCall(string field, ITypeSymbol type)
        {
            bool direct = PublicDispose(type);
            if (type.IsValueType)
                return direct ? $"{field}.Dispose();" : $"((global::System.IDisposable){field}).Dispose();";
            return direct ? $"{field}?.Dispose();" : $"((global::System.IDisposable?){field})?.Dispose();";
        }
    }
}
