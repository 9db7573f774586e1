namespace Coroutines.Generator.Models
{
    /// <summary>The declaration side of a coroutine: everything the factory, the hidden body declaration and the frame's shell need.</summary>
    internal sealed record CoroutineSpec(
        string? Namespace,
        EquatableArray<StringValue> Usings,
        EquatableArray<ContainingTypeSpec> ContainingTypes,
        string ContainingTypeName,
        string MethodName,
        string Accessibility,
        bool AccessibilityWritten,
        bool IsStatic,
        bool IsUnsafe,
        bool InUnsafeType,
        string TypeParameters,
        EquatableArray<StringValue> Constraints,
        string BodyReturnType,
        string ContextType,
        string ContextName,
        EquatableArray<ParameterSpec> Parameters,
        ContextKind Context,
        string YieldType,
        string SendType,
        string ReturnType,
        bool ReturnsValue,
        string FactoryReturnType,
        string FrameName,
        string DocComment,
        bool Primed,
        string FilePath);

    /// <summary>An enclosing type, outermost first: its keyword (class, struct, record, …) and its name with type parameters.</summary>
    internal sealed record ContainingTypeSpec(string Keyword, string NameWithTypeParameters);

    /// <summary>A factory parameter.</summary>
    internal sealed record ParameterSpec(string Name, string Type, string? DefaultValue, bool IsParams);

    /// <summary>Which context the body takes.</summary>
    internal enum ContextKind
    {
        /// <summary>Co&lt;TYield&gt;: nothing sent in.</summary>
        YieldOnly,
        /// <summary>Co&lt;TYield, TSend&gt;.</summary>
        YieldAndSend,
        /// <summary>Co: a scheduler task.</summary>
        Task,
    }
}
