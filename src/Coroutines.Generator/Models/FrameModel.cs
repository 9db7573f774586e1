namespace Coroutines.Generator.Models
{
    /// <summary>What Lower makes of a body: the frame's fields, its step method's text, and its resume points for introspection.</summary>
    internal sealed record FrameModel(
        EquatableArray<StringValue> ParameterFields,
        EquatableArray<FieldSpec> Fields,
        string StepBody,
        EquatableArray<ResumePointSpec> ResumePoints,
        EquatableArray<LocalScopeSpec> LocalScopes,
        EquatableArray<ClosureSpec> Closures);

    /// <summary>A class holding the variables of one loop-body scope that lambdas capture, made anew on each entry.</summary>
    internal sealed record ClosureSpec(string ClassName, string Field, EquatableArray<FieldSpec> Members);

    /// <summary>A frame field: a parameter, a hoisted local, or a temporary of the lowering (named with a leading underscore pair).</summary>
    internal sealed record FieldSpec(string Name, string Type, string? Comment);

    /// <summary>A resume point: its number, the user's source line, and how a close takes effect there.</summary>
    internal sealed record ResumePointSpec(int Number, int Line, ClosePath ClosePath);

    /// <summary>How <c>Close()</c> ends a coroutine paused at a resume point.</summary>
    internal enum ClosePath
    {
        /// <summary>Raise GeneratorExitException at the pause: a catch around it could see it.</summary>
        ByException,

        /// <summary>Outside every try: nothing can run, so the frame is just marked closed.</summary>
        Quietly,

        /// <summary>Only finally blocks around it: the body returns from the pause, which runs them.</summary>
        ByReturn,
    }

    /// <summary>A hoisted local shown by <c>Locals</c> while the frame is paused at one of <see cref="ResumePoints"/>.</summary>
    internal sealed record LocalScopeSpec(string DisplayName, string FieldName, EquatableArray<IntValue> ResumePoints);

    /// <summary>An int in an <see cref="EquatableArray{T}"/>.</summary>
    internal readonly record struct IntValue(int Value);
}
