using System.Collections.Generic;
using System.Linq;
using Coroutines.Generator.Check;
using Coroutines.Generator.Diagnostics;
using Coroutines.Generator.Find;
using Coroutines.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Coroutines.Generator.Lower
{
    /// <summary>
    /// Spilling: an expression that holds a resume point is evaluated as C# would, left to right, but in pieces.
    /// Every operand evaluated before the last resume point is stored in a <c>__spill</c> field first, so the pause
    /// cannot change or lose it; short-circuit and conditional operators become branches, so a resume point only
    /// pauses when C# would evaluate it. Struct variables used as receivers or <c>ref</c> arguments are not copied:
    /// their array and index are spilled and the reference is taken after the resume, as the C# compiler does for await.
    /// </summary>
    internal sealed partial class FrameLowerer
    {
        private int spillCounter;

        /// <summary>Emits what must run before the rest of <paramref name="expression"/>; returns the text of that rest.</summary>
        private string Spill(ExpressionSyntax expression)
        {
            if (!facts.Holds(expression)) return Rewrite(expression);
            switch (expression)
            {
                case InvocationExpressionSyntax call when facts.ResumePoints.ContainsKey(call):
                    return PauseForValue(call);
                case ParenthesizedExpressionSyntax parenthesized:
                    return "(" + Spill(parenthesized.Expression) + ")";
                case CastExpressionSyntax cast:
                    return "(" + Rewrite(cast.Type) + ")" + Spill(cast.Expression);
                case PrefixUnaryExpressionSyntax unary when !unary.IsKind(SyntaxKind.PreIncrementExpression) && !unary.IsKind(SyntaxKind.PreDecrementExpression):
                    return unary.OperatorToken.Text + Spill(unary.Operand);
                case CheckedExpressionSyntax checkedExpression:
                    // What is spilled out of checked(…) is computed in statements that keep its context.
                    var outerOverflow = overflowContext;
                    overflowContext = checkedExpression.Keyword.Text;
                    string inner = Spill(checkedExpression.Expression);
                    overflowContext = outerOverflow;
                    return checkedExpression.Keyword.Text + "(" + inner + ")";
                case BinaryExpressionSyntax logical when logical.IsKind(SyntaxKind.LogicalAndExpression) || logical.IsKind(SyntaxKind.LogicalOrExpression):
                    return facts.Holds(logical.Right) ? ShortCircuit(logical) : Spill(logical.Left) + " " + logical.OperatorToken.Text + " " + Rewrite(logical.Right);
                case BinaryExpressionSyntax coalesce when coalesce.IsKind(SyntaxKind.CoalesceExpression):
                    return facts.Holds(coalesce.Right) ? Coalesce(coalesce) : Spill(coalesce.Left) + " ?? " + Rewrite(coalesce.Right);
                case BinaryExpressionSyntax binary:
                    var operands = SpillSequence(new[] { binary.Left, binary.Right });
                    return operands[0] + " " + binary.OperatorToken.Text + " " + operands[1];
                case IsPatternExpressionSyntax isPattern:
                    return Spill(isPattern.Expression) + " is " + Rewrite(isPattern.Pattern);
                case AssignmentExpressionSyntax assignment:
                    // As an operand, an assignment keeps its own parentheses; as a statement it cannot have them.
                    return assignment.Parent is ExpressionStatementSyntax or ForStatementSyntax or ArrowExpressionClauseSyntax
                        ? SpillAssignment(assignment)
                        : "(" + SpillAssignment(assignment) + ")";
                case ConditionalExpressionSyntax conditional:
                    return facts.Holds(conditional.WhenTrue) || facts.Holds(conditional.WhenFalse)
                        ? Conditional(conditional)
                        : Spill(conditional.Condition) + " ? " + Rewrite(conditional.WhenTrue) + " : " + Rewrite(conditional.WhenFalse);
                case InvocationExpressionSyntax invocation:
                    return SpillInvocation(invocation);
                case MemberAccessExpressionSyntax memberAccess:
                    return Spill(memberAccess.Expression) + memberAccess.OperatorToken.Text + memberAccess.Name.ToString();
                case ElementAccessExpressionSyntax elementAccess:
                    var parts = SpillSequence(new[] { elementAccess.Expression }.Concat(elementAccess.ArgumentList.Arguments.Select(a => a.Expression)).ToList(),
                        receiverIsVariable: IsValueTypeVariable(elementAccess.Expression));
                    return parts[0] + "[" + string.Join(", ", parts.Skip(1)) + "]";
                case ObjectCreationExpressionSyntax creation:
                    return SpillCreation(creation, "new " + Rewrite(creation.Type), creation.ArgumentList, creation.Initializer);
                case ImplicitObjectCreationExpressionSyntax implicitCreation:
                    return SpillCreation(implicitCreation, "new " + (model.GetTypeInfo(implicitCreation).Type?.Display() ?? ""), implicitCreation.ArgumentList, implicitCreation.Initializer);
                case ArrayCreationExpressionSyntax { Initializer: { } arrayInitializer } arrayCreation:
                    return "new " + Rewrite(arrayCreation.Type) + " " + SpillArrayInitializer(arrayInitializer);
                case ImplicitArrayCreationExpressionSyntax implicitArray:
                    return "new[] " + SpillArrayInitializer(implicitArray.Initializer);
                case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression, Parent: EqualsValueClauseSyntax } bareArray:
                    // int[] a = { … }: the declaration puts the type in front.
                    return SpillArrayInitializer(bareArray);
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                    return Spill(suppressed.Operand) + "!";
                case TupleExpressionSyntax tuple:
                    var elements = SpillSequence(tuple.Arguments.Select(a => a.Expression).ToList());
                    return "(" + string.Join(", ", tuple.Arguments.Select((a, i) => (a.NameColon != null ? a.NameColon.ToString() + " " : "") + elements[i])) + ")";
                case InterpolatedStringExpressionSyntax interpolated:
                    return SpillInterpolatedString(interpolated);
                case ConditionalAccessExpressionSyntax conditionalAccess:
                    return ConditionalAccess(conditionalAccess);
                case SwitchExpressionSyntax switchExpression:
                    return SwitchExpression(switchExpression);
            }
            if (expression.GetType().Name == "CollectionExpressionSyntax")
            {
                var items = expression.ChildNodes().Select(n => n.ChildNodes().OfType<ExpressionSyntax>().FirstOrDefault()).ToList();
                if (items.All(i => i != null && i.Parent!.GetType().Name == "ExpressionElementSyntax"))
                    return "[" + string.Join(", ", SpillSequence(items!)) + "]";
            }
            return Unsupported(expression);
        }

        /// <summary>
        /// Evaluates <paramref name="expressions"/> in order: those before the last one that pauses go to temporaries
        /// (constants and lambdas need not), the rest stay in place.
        /// </summary>
        private List<string> SpillSequence(IReadOnlyList<ExpressionSyntax> expressions, bool receiverIsVariable = false, ISet<int>? byReference = null)
        {
            int last = -1;
            for (int i = 0; i < expressions.Count; i++) if (facts.Holds(expressions[i])) last = i;
            var texts = new List<string>();
            for (int i = 0; i < expressions.Count; i++)
            {
                var expression = expressions[i];
                if (i > last) texts.Add(Rewrite(expression));
                else if (i == last) texts.Add(Spill(expression));
                else if ((i == 0 && receiverIsVariable) || (byReference != null && byReference.Contains(i))) texts.Add(SpillVariable(expression));
                else texts.Add(Stored(expression));
            }
            return texts;
        }

        /// <summary>
        /// A variable that must stay a variable (a struct receiver, a ref argument): what it is made of is spilled,
        /// the variable itself is named again after the resume.
        /// </summary>
        private string SpillVariable(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case ElementAccessExpressionSyntax elementAccess:
                    string array = IsValueTypeVariable(elementAccess.Expression) ? SpillVariable(elementAccess.Expression) : Stored(elementAccess.Expression);
                    var indices = elementAccess.ArgumentList.Arguments.Select(a => Stored(a.Expression)).ToList();
                    return array + "[" + string.Join(", ", indices) + "]";
                case MemberAccessExpressionSyntax memberAccess when model.GetSymbolInfo(memberAccess.Expression).Symbol is not (INamedTypeSymbol or INamespaceSymbol):
                    string receiver = IsValueTypeVariable(memberAccess.Expression) ? SpillVariable(memberAccess.Expression) : ToTemporary(memberAccess.Expression, Spill(memberAccess.Expression));
                    return receiver + "." + memberAccess.Name;
                default:
                    return Spill(expression);
            }
        }

        private string Stored(ExpressionSyntax expression) => Stored(expression, null);

        /// <summary>The value of <paramref name="expression"/> (already spilled to <paramref name="spilled"/>, if given), kept in a temporary unless it is constant.</summary>
        private string Stored(ExpressionSyntax expression, string? spilled)
        {
            spilled ??= Spill(expression);
            return NeedsNoSpill(expression) ? spilled : ToTemporary(expression, spilled);
        }

        private string SpillInvocation(InvocationExpressionSyntax invocation)
        {
            var arguments = invocation.ArgumentList.Arguments;
            var byReference = new HashSet<int>(arguments.Select((a, i) => (a, i)).Where(x => !x.a.RefKindKeyword.IsKind(SyntaxKind.None)).Select(x => x.i + 1));
            string callee;
            List<string> texts;
            if (invocation.Expression is MemberAccessExpressionSyntax memberAccess
                && model.GetSymbolInfo(memberAccess.Expression).Symbol is not (INamedTypeSymbol or INamespaceSymbol))
            {
                var all = new[] { memberAccess.Expression }.Concat(arguments.Select(a => a.Expression)).ToList();
                texts = SpillSequence(all, receiverIsVariable: IsValueTypeVariable(memberAccess.Expression), byReference: byReference);
                callee = texts[0] + "." + Rewrite(memberAccess.Name);
                texts.RemoveAt(0);
            }
            else if (invocation.Expression is MemberBindingExpressionSyntax || model.GetSymbolInfo(invocation.Expression).Symbol is IMethodSymbol || invocation.Expression is MemberAccessExpressionSyntax)
            {
                callee = invocation.Expression is MemberBindingExpressionSyntax binding ? "." + binding.Name : Rewrite(invocation.Expression);
                texts = SpillSequence(arguments.Select(a => a.Expression).ToList(), byReference: new HashSet<int>(byReference.Select(i => i - 1)));
            }
            else
            {
                var all = new[] { invocation.Expression }.Concat(arguments.Select(a => a.Expression)).ToList();
                texts = SpillSequence(all, byReference: byReference);
                callee = texts[0];
                texts.RemoveAt(0);
            }
            return callee + "(" + string.Join(", ", arguments.Select((a, i) => ArgumentPrefix(a) + texts[i])) + ")";
        }

        private static string ArgumentPrefix(ArgumentSyntax argument) =>
            (argument.NameColon != null ? argument.NameColon.ToString() + " " : "") + (argument.RefKindKeyword.IsKind(SyntaxKind.None) ? "" : argument.RefKindKeyword.Text + " ");

        /// <summary>
        /// <code>
        ///     __spill1 = new T(…);
        ///     __spill1.Member = …;          // one statement per initializer, in order
        ///     __spill1.Add(…);
        /// </code>
        /// </summary>
        /// <summary>
        /// <c>{ a, { b, c } }</c>: the elements of every nesting level are evaluated in order as one sequence, then the
        /// braces are put back around their spilled texts.
        /// </summary>
        private string SpillArrayInitializer(InitializerExpressionSyntax initializer)
        {
            var elements = new List<ExpressionSyntax>();
            void Collect(InitializerExpressionSyntax level)
            {
                foreach (var item in level.Expressions)
                    if (item is InitializerExpressionSyntax nested) Collect(nested);
                    else elements.Add(item);
            }
            Collect(initializer);
            var texts = SpillSequence(elements);
            int next = 0;
            string Rebuild(InitializerExpressionSyntax level) =>
                "{ " + string.Join(", ", level.Expressions.Select(item => item is InitializerExpressionSyntax nested ? Rebuild(nested) : texts[next++])) + " }";
            return Rebuild(initializer);
        }

        private string SpillCreation(ExpressionSyntax creation, string newType, ArgumentListSyntax? argumentList, InitializerExpressionSyntax? initializer)
        {
            var arguments = argumentList?.Arguments ?? default;
            string argumentText = argumentList == null ? (initializer != null ? "()" : "") : "(" + string.Join(", ", SpillSequence(arguments.Select(a => a.Expression).ToList()).Select((t, i) => ArgumentPrefix(arguments[i]) + t)) + ")";
            if (initializer == null || !facts.Holds(initializer))
                return newType + argumentText + (initializer != null ? " " + Rewrite(initializer) : "");
            string created = ToTemporary(creation, newType + argumentText, model.GetTypeInfo(creation).Type);
            foreach (var item in initializer.Expressions)
            {
                switch (item)
                {
                    case AssignmentExpressionSyntax { Left: IdentifierNameSyntax member } assignment when initializer.IsKind(SyntaxKind.ObjectInitializerExpression):
                        string value = Spill(assignment.Right);
                        User(item, $"{created}.{member.Identifier.Text} = {value};");
                        break;
                    case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression } complex:
                        var values = SpillSequence(complex.Expressions.ToList());
                        User(item, $"{created}.Add({string.Join(", ", values)});");
                        break;
                    case ExpressionSyntax element when initializer.IsKind(SyntaxKind.CollectionInitializerExpression):
                        User(item, $"{created}.Add({Spill(element)});");
                        break;
                    default:
                        return Unsupported(item);
                }
            }
            return created;
        }

        private string SpillInterpolatedString(InterpolatedStringExpressionSyntax interpolated)
        {
            var holes = interpolated.Contents.OfType<InterpolationSyntax>().ToList();
            var texts = SpillSequence(holes.Select(h => h.Expression).ToList());
            var result = new System.Text.StringBuilder(interpolated.StringStartToken.Text);
            int hole = 0;
            foreach (var content in interpolated.Contents)
            {
                if (content is InterpolationSyntax interpolation)
                    result.Append('{').Append(texts[hole++]).Append(interpolation.AlignmentClause?.ToString() ?? "").Append(interpolation.FormatClause?.ToString() ?? "").Append('}');
                else
                    result.Append(content.ToString());
            }
            return result.Append(interpolated.StringEndToken.Text).ToString();
        }

        /// <summary>
        /// <code>
        ///     __spill1 = left;
        ///     if (!__spill1) goto and_n_end;      // || : if (__spill1)
        ///     __spill1 = right;                   // pauses inside
        /// and_n_end:
        /// </code>
        /// </summary>
        private string ShortCircuit(BinaryExpressionSyntax logical)
        {
            bool isAnd = logical.IsKind(SyntaxKind.LogicalAndExpression);
            string name = NewLabel(isAnd ? "and" : "or");
            string result = ToTemporary(logical.Left, Spill(logical.Left), model.GetTypeInfo(logical).Type);
            Glue($"if ({(isAnd ? "!" : "")}{result}) goto {name}_end;");
            string right = Spill(logical.Right);
            User(logical.Right, $"{result} = {right};");
            Glue();
            writer.Label(name + "_end");
            return result;
        }

        private string Coalesce(BinaryExpressionSyntax coalesce)
        {
            string name = NewLabel("coalesce");
            string left = ToTemporary(coalesce.Left, Spill(coalesce.Left));
            Glue($"if ({left} != null) goto {name}_end;");
            string right = ToTemporary(coalesce.Right, Spill(coalesce.Right));
            Glue();
            writer.Label(name + "_end");
            return $"({left} ?? {right})";
        }

        private string Conditional(ConditionalExpressionSyntax conditional)
        {
            string name = NewLabel("conditional");
            string condition = Spill(conditional.Condition);
            string result = Temporary("__spill" + ++spillCounter, TypeOf(conditional), null);
            User(conditional.Condition, $"if (!({condition})) goto {name}_else;");
            string whenTrue = Spill(conditional.WhenTrue);
            User(conditional.WhenTrue, $"{result} = {whenTrue};");
            Glue($"goto {name}_end;");
            writer.Label(name + "_else");
            string whenFalse = Spill(conditional.WhenFalse);
            User(conditional.WhenFalse, $"{result} = {whenFalse};");
            Glue();
            writer.Label(name + "_end");
            return result;
        }

        /// <summary>
        /// <code>
        ///     __spill1 = receiver;
        ///     if (__spill1 == null) goto access_n_null;
        ///     __spill2 = __spill1.Member(…);      // pauses inside
        ///     goto access_n_end;
        /// access_n_null:
        ///     __spill2 = default;
        /// access_n_end:
        /// </code>
        /// </summary>
        private string ConditionalAccess(ConditionalAccessExpressionSyntax access)
        {
            if (facts.Holds(access.Expression) || access.WhenNotNull is ConditionalAccessExpressionSyntax)
                return Unsupported(access);
            string name = NewLabel("access");
            string receiver = ToTemporary(access.Expression, Rewrite(access.Expression));
            var type = model.GetTypeInfo(access).Type;
            bool isVoid = type == null || type.SpecialType == SpecialType.System_Void;
            Glue($"if ({receiver} == null) goto {name}_{(isVoid ? "end" : "null")};");
            string rest = receiver + Spill(access.WhenNotNull);
            if (isVoid)
            {
                User(access, rest + ";");
                Glue();
                writer.Label(name + "_end");
                return "";
            }
            string result = Temporary("__spill" + ++spillCounter, type!.Display(), null);
            User(access, $"{result} = {rest};");
            Glue($"goto {name}_end;");
            writer.Label(name + "_null");
            Glue($"{result} = default!;");
            writer.Label(name + "_end");
            return result;
        }

        /// <summary>
        /// The arms become a switch statement that dispatches; an arm that pauses is evaluated after it.
        /// </summary>
        private string SwitchExpression(SwitchExpressionSyntax switchExpression)
        {
            if (!switchExpression.Arms.Any(a => facts.Holds(a.Expression)))
                return Spill(switchExpression.GoverningExpression) + " switch { " + string.Join(", ", switchExpression.Arms.Select(Rewrite)) + " }";
            foreach (var arm in switchExpression.Arms)
                if (facts.Holds(arm.Expression) && arm.Pattern.DescendantNodesAndSelf().OfType<SingleVariableDesignationSyntax>().Any())
                    return Unsupported(arm);
            string name = NewLabel("switch");
            string governing = ToTemporary(switchExpression.GoverningExpression, Spill(switchExpression.GoverningExpression));
            string result = Temporary("__spill" + ++spillCounter, TypeOf(switchExpression), null);
            User(switchExpression, $"switch ({governing})", isStatement: false);
            writer.Line("{");
            bool hasDefault = false;
            for (int i = 0; i < switchExpression.Arms.Count; i++)
            {
                var arm = switchExpression.Arms[i];
                bool isDefault = arm.Pattern is DiscardPatternSyntax && arm.WhenClause == null;
                hasDefault |= isDefault;
                string label = isDefault ? "default:" : $"case {Rewrite(arm.Pattern)}{(arm.WhenClause != null ? " " + Rewrite(arm.WhenClause) : "")}:";
                writer.Line("    " + label);
                string assign = $"{result} = {Rewrite(arm.Expression)};";
                if (overflowContext != null) assign = $"{overflowContext} {{ {assign} }}";
                writer.Line(facts.Holds(arm.Expression) ? $"        goto {name}_arm_{i};" : $"        {assign} goto {name}_end;");
            }
            if (!hasDefault)
            {
                writer.Line("    default:");
                writer.Line("        throw new global::System.InvalidOperationException(\"No arm of the switch expression matched the value.\");");
            }
            writer.Line("}");
            for (int i = 0; i < switchExpression.Arms.Count; i++)
            {
                var arm = switchExpression.Arms[i];
                if (!facts.Holds(arm.Expression)) continue;
                Glue();
                writer.Label($"{name}_arm_{i}");
                string value = Spill(arm.Expression);
                User(arm.Expression, $"{result} = {value};");
                Glue($"goto {name}_end;");
            }
            writer.Label(name + "_end");
            return result;
        }

        /// <summary>
        /// The target is evaluated before the value: its array, index or receiver is spilled. A compound assignment
        /// reads the target's value before the value pauses, as C# reads it.
        /// </summary>
        private string SpillAssignment(AssignmentExpressionSyntax assignment)
        {
            if (assignment.Left is DeclarationExpressionSyntax || assignment.Left is TupleExpressionSyntax)
                return Rewrite(assignment.Left) + " = " + Spill(assignment.Right);
            if (facts.Holds(assignment.Left)) return Unsupported(assignment.Left);
            string target = assignment.Left is IdentifierNameSyntax ? Rewrite(assignment.Left) : SpillVariable(assignment.Left);
            if (assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                return target + " = " + Spill(assignment.Right);
            if (assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression))
            {
                string name = NewLabel("coalesce");
                Glue($"if ({target} != null) goto {name}_end;");
                string value = Spill(assignment.Right);
                User(assignment, $"{target} = {value};");
                Glue();
                writer.Label(name + "_end");
                return target;
            }
            if (model.GetSymbolInfo(assignment.Left).Symbol is IEventSymbol) return Unsupported(assignment);
            string before = ToTemporary(assignment.Left, target);
            string operation = assignment.OperatorToken.Text.Substring(0, assignment.OperatorToken.Text.Length - 1);
            return $"{target} = ({TypeOf(assignment.Left)})({before} {operation} ({Spill(assignment.Right)}))";
        }

        /// <summary>Pauses at a resume point whose value is used inside a larger expression; the value lands in a temporary.</summary>
        private string PauseForValue(InvocationExpressionSyntax call)
        {
            var type = model.GetTypeInfo(call).Type;
            if (type == null || type.SpecialType == SpecialType.System_Void) return Unsupported(call);
            string temporary = Temporary("__spill" + ++spillCounter, type.Display(), null);
            LowerResume(call, resumed => $"{temporary} = {resumed};");
            return temporary;
        }

        /// <summary>Stores an operand's value in a new <c>__spill</c> field; returns the field's name.</summary>
        private string ToTemporary(ExpressionSyntax expression, string text, ITypeSymbol? type = null)
        {
            type ??= model.GetTypeInfo(expression).Type;
            if (type == null || type.TypeKind == TypeKind.Error || type.IsRefLikeType || type.IsAnonymousType)
            {
                Unsupported(expression);
                return text;
            }
            string name = Temporary("__spill" + ++spillCounter, type.Display(), null);
            User(expression, $"{name} = {text};");
            return name;
        }

        private string TypeOf(ExpressionSyntax expression)
        {
            var type = model.GetTypeInfo(expression).Type ?? model.GetTypeInfo(expression).ConvertedType;
            return type?.Display() ?? "object";
        }

        /// <summary>Constants, lambdas and typeless literals evaluate to the same thing later: they need no temporary.</summary>
        private bool NeedsNoSpill(ExpressionSyntax expression) =>
            expression is LiteralExpressionSyntax or ThisExpressionSyntax or LambdaExpressionSyntax or AnonymousMethodExpressionSyntax
                or TypeOfExpressionSyntax or DefaultExpressionSyntax
            || model.GetConstantValue(expression).HasValue
            || model.GetTypeInfo(expression).Type == null
            || model.GetSymbolInfo(expression).Symbol is INamedTypeSymbol or INamespaceSymbol
            || (expression is IdentifierNameSyntax or GenericNameSyntax or MemberAccessExpressionSyntax && model.GetSymbolInfo(expression).Symbol is IMethodSymbol);

        /// <summary>A local, parameter or field of a value type (or an element or field of one): used in place, never copied.</summary>
        private bool IsValueTypeVariable(ExpressionSyntax expression)
        {
            var type = model.GetTypeInfo(expression).Type;
            if (type == null || !type.IsValueType) return false;
            return expression switch
            {
                IdentifierNameSyntax or ThisExpressionSyntax => model.GetSymbolInfo(expression).Symbol is ILocalSymbol or IParameterSymbol or IFieldSymbol || expression is ThisExpressionSyntax,
                ElementAccessExpressionSyntax elementAccess => model.GetTypeInfo(elementAccess.Expression).Type is IArrayTypeSymbol,
                MemberAccessExpressionSyntax memberAccess => model.GetSymbolInfo(memberAccess).Symbol is IFieldSymbol,
                _ => false,
            };
        }

        /// <summary>"an anonymous object creation expression" for AnonymousObjectCreationExpression.</summary>
        private static string Describe(SyntaxNode node)
        {
            string words = System.Text.RegularExpressions.Regex.Replace(node.Kind().ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();
            return ("aeiou".IndexOf(words[0]) >= 0 ? "an " : "a ") + words;
        }

        private string Unsupported(SyntaxNode node)
        {
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.YieldInExpression, node.GetLocation(), "the resume point", Describe(node)));
            return Rewrite(node);
        }
    }
}
