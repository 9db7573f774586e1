using System.Collections.Concurrent;
using System.Linq;
using Coroutines.Generator.Check;
using Microsoft.CodeAnalysis;

namespace Coroutines.Generator.Diagnostics.Analyzers
{
    /// <summary>A generated factory: the <c>[Coroutine]</c> method it creates frames of, and whether it primes them.</summary>
    internal sealed record Factory(IMethodSymbol Coroutine, bool Primed);

    /// <summary>
    /// The runtime's types as one compilation sees them, and the questions every analyzer asks about them. Made once per
    /// compilation; <see cref="Create"/> returns null when the compilation does not reference the runtime, and then the
    /// analyzers register nothing at all.
    /// </summary>
    internal sealed class CoroutineSymbols
    {
        private readonly ConcurrentDictionary<IMethodSymbol, Factory?> factories =
            new ConcurrentDictionary<IMethodSymbol, Factory?>(SymbolEqualityComparer.Default);

        private CoroutineSymbols(Compilation compilation, INamedTypeSymbol attribute, INamedTypeSymbol generator, INamedTypeSymbol? generator1,
            INamedTypeSymbol generatorInterface, INamedTypeSymbol? frame, INamedTypeSymbol? unit, INamedTypeSymbol? generatorExit)
        {
            Compilation = compilation;
            Attribute = attribute;
            Generator = generator;
            Generator1 = generator1;
            GeneratorInterface = generatorInterface;
            Frame = frame;
            Unit = unit;
            GeneratorExit = generatorExit;
        }

        public Compilation Compilation { get; }

        /// <summary>Coroutines.CoroutineAttribute.</summary>
        public INamedTypeSymbol Attribute { get; }

        /// <summary>Coroutines.Generator&lt;TYield, TSend, TReturn&gt;.</summary>
        public INamedTypeSymbol Generator { get; }

        /// <summary>Coroutines.Generator&lt;TYield&gt;.</summary>
        public INamedTypeSymbol? Generator1 { get; }

        /// <summary>Coroutines.IGenerator&lt;TYield, TSend&gt;, where Send is declared.</summary>
        public INamedTypeSymbol GeneratorInterface { get; }

        /// <summary>Coroutines.Frames.CoroutineFrame&lt;TYield, TSend&gt;, where the generators' Send is implemented.</summary>
        public INamedTypeSymbol? Frame { get; }

        public INamedTypeSymbol? Unit { get; }

        public INamedTypeSymbol? GeneratorExit { get; }

        public static CoroutineSymbols? Create(Compilation compilation)
        {
            var attribute = compilation.GetTypeByMetadataName("Coroutines.CoroutineAttribute");
            var generator = compilation.GetTypeByMetadataName("Coroutines.Generator`3");
            var generatorInterface = compilation.GetTypeByMetadataName("Coroutines.IGenerator`2");
            if (attribute == null || generator == null || generatorInterface == null) return null;
            return new CoroutineSymbols(compilation, attribute, generator,
                compilation.GetTypeByMetadataName("Coroutines.Generator`1"),
                generatorInterface,
                compilation.GetTypeByMetadataName("Coroutines.Frames.CoroutineFrame`2"),
                compilation.GetTypeByMetadataName("Coroutines.Unit"),
                compilation.GetTypeByMetadataName("Coroutines.GeneratorExitException"));
        }

        /// <summary>The <c>[Coroutine]</c> attribute of <paramref name="method"/>, if it has one.</summary>
        public AttributeData? CoroutineAttribute(IMethodSymbol method) =>
            method.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, Attribute));

        /// <summary>
        /// True for a <c>[Coroutine]</c> method with a context parameter first; <paramref name="context"/> is that parameter.
        /// </summary>
        public bool IsCoroutine(IMethodSymbol method, out IParameterSymbol context)
        {
            context = null!;
            if (method.Parameters.Length == 0 || ShapeChecker.ContextType(method.Parameters[0].Type) == null) return false;
            if (CoroutineAttribute(method) == null && (method.PartialDefinitionPart == null || CoroutineAttribute(method.PartialDefinitionPart) == null))
                return false;
            context = method.Parameters[0];
            return true;
        }

        /// <summary>
        /// The factory the generator wrote for a <c>[Coroutine]</c> method, recognized by its shape: it returns a
        /// <c>Generator</c>, and its type has a <c>[Coroutine]</c> method of the same name that takes a context parameter
        /// first and then the factory's parameters.
        /// </summary>
        public Factory? FactoryOf(IMethodSymbol method)
        {
            method = method.ReducedFrom ?? method;
            method = method.OriginalDefinition;
            return factories.GetOrAdd(method, Recognize);
        }

        private Factory? Recognize(IMethodSymbol method)
        {
            if (method.ReturnType is not INamedTypeSymbol returned) return null;
            var definition = returned.OriginalDefinition;
            if (!SymbolEqualityComparer.Default.Equals(definition, Generator) && !SymbolEqualityComparer.Default.Equals(definition, Generator1))
                return null;
            foreach (var member in method.ContainingType.GetMembers(method.Name))
            {
                if (member is not IMethodSymbol candidate || SymbolEqualityComparer.Default.Equals(candidate, method)) continue;
                if (candidate.Parameters.Length != method.Parameters.Length + 1 || candidate.TypeParameters.Length != method.TypeParameters.Length) continue;
                if (candidate.IsStatic != method.IsStatic || ShapeChecker.ContextType(candidate.Parameters[0].Type) == null) continue;
                bool same = true;
                for (int i = 0; i < method.Parameters.Length && same; i++)
                    same = method.Parameters[i].Type.ToDisplayString() == candidate.Parameters[i + 1].Type.ToDisplayString();
                if (!same) continue;
                var attribute = CoroutineAttribute(candidate);
                if (attribute == null) continue;
                bool primed = attribute.NamedArguments.Any(a => a.Key == "Primed" && a.Value.Value is true);
                return new Factory(candidate, primed);
            }
            return null;
        }

        /// <summary>True when <paramref name="method"/> is a generator's <c>Send</c> or <c>TrySend</c>.</summary>
        public bool IsSend(IMethodSymbol method) =>
            method.Name is "Send" or "TrySend" && SendType(method) != null;

        /// <summary>The send type of the generator whose Send/TrySend <paramref name="method"/> is, else null.</summary>
        public ITypeSymbol? SendType(IMethodSymbol method)
        {
            var declaring = method.ContainingType;
            if (declaring == null || declaring.TypeArguments.Length != 2) return null;
            var definition = declaring.OriginalDefinition;
            return SymbolEqualityComparer.Default.Equals(definition, GeneratorInterface) || SymbolEqualityComparer.Default.Equals(definition, Frame)
                ? declaring.TypeArguments[1]
                : null;
        }

        public bool IsUnit(ITypeSymbol? type) => type != null && SymbolEqualityComparer.Default.Equals(type, Unit);

        /// <summary>The yield and send types of a type that is or implements <c>IGenerator&lt;TYield, TSend&gt;</c>.</summary>
        public (ITypeSymbol Yield, ITypeSymbol Send)? GeneratorTypes(ITypeSymbol? type)
        {
            if (type == null) return null;
            if (type is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, GeneratorInterface))
                return (named.TypeArguments[0], named.TypeArguments[1]);
            foreach (var implemented in type.AllInterfaces)
                if (SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, GeneratorInterface))
                    return (implemented.TypeArguments[0], implemented.TypeArguments[1]);
            return null;
        }
    }
}
