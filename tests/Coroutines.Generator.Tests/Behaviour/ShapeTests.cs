using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Coroutines.Generator.Tests.Harness;
using Xunit;

namespace Coroutines.Generator.Tests.Behaviour
{
    /// <summary>
    /// The shapes a coroutine declaration may take: static or instance, generic, in generic or nested types, with
    /// default and params parameters, primed, expression-bodied, without a yield, calling other coroutines' factories.
    /// </summary>
    public class ShapeTests
    {
        // def gen():
        //     yield 1
        //     yield 2
        //
        // print(list(gen()))
        [Fact]
        public void Static_coroutine_gets_a_static_factory_returning_Generator_of_T()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co)
                {
                    co.Yield(1);
                    co.Yield(2);
                }
                """);
            var factory = Factory(compiled, "Sample", "Gen");

            Assert.True(factory.IsStatic && factory.IsPublic);
            Assert.Equal(typeof(Generator<int>), factory.ReturnType);
            Assert.Empty(factory.GetParameters());
            Assert.Equal(new[] { "1", "2" }, Trace.Drain(compiled.Make<Generator<int>>("Sample.Gen")));
        }

        // class Counter:
        //     def __init__(self, start): self.count = start; self.name = "c"
        //     def describe(self): return f"{self.name}:{self.count}"
        //     def bump(self): self.count += 1
        //     def run(self, times):
        //         for i in range(times):
        //             yield self.describe()
        //             self.bump()
        //             self.count += 10
        //             self.name += "!"
        //
        // c = Counter(1)
        // print(list(c.run(2)), c.describe())        ['c:1', 'c!:12'] c!!:23
        [Fact]
        public void Instance_coroutine_reads_and_writes_fields_and_calls_instance_methods()
        {
            var compiled = Compiled.From("""
                using Coroutines;

                public partial class Counter
                {
                    public static readonly Counter Shared = new Counter(1);

                    private int count;

                    public Counter(int start) => count = start;

                    public string Name { get; set; } = "c";

                    private string Describe() => $"{Name}:{count}";

                    private void Bump() => count++;

                    [Coroutine]
                    public partial void Run(Co<string> co, int times)
                    {
                        for (int i = 0; i < times; i++)
                        {
                            co.Yield(Describe());
                            Bump();
                            this.count += 10;
                            Name = Name + "!";
                        }
                    }

                    public static Generator<string> Start(int times) => Shared.Run(times);

                    public static string Peek() => Shared.Describe();
                }
                """);
            var gen = compiled.Make<Generator<string>>("Counter.Start", 2);

            Assert.Equal(new[] { "c:1", "c!:12" }, Trace.Drain(gen));
            Assert.Equal("c!!:23", compiled.Call("Counter.Peek"));
            Assert.False(Factory(compiled, "Counter", "Run").IsStatic);
        }

        // C#: an instance coroutine's Locals lists `this` with the parameters.
        [Fact]
        public void Instance_coroutine_lists_this_in_its_Locals()
        {
            var compiled = Compiled.From("""
                using Coroutines;

                public partial class Thing
                {
                    public static readonly Thing Shared = new Thing();

                    [Coroutine]
                    public partial void Run(Co<int> co, int n) { co.Yield(n); }

                    public static Generator<int> Start() => Shared.Run(5);
                }
                """);
            var gen = compiled.Make<Generator<int>>("Thing.Start");
            gen.Next();
            var shared = compiled.Assembly.GetType("Thing")!.GetField("Shared")!.GetValue(null);

            Assert.Equal(new Dictionary<string, object?> { ["this"] = shared, ["n"] = 5 }, gen.Locals);
        }

        // def running_max(items):
        //     best = None
        //     for item in items:
        //         if best is None or item > best:
        //             best = item
        //             yield best
        //
        // print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))     [3, 4, 5, 9]
        // print(list(running_max(["pear", "apple", "quince"])))  ['pear', 'quince']
        [Fact]
        public void Generic_method_with_a_constraint_uses_the_constrained_members()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void RunningMax<T>(Co<T> co, IEnumerable<T> items) where T : IComparable<T>
                {
                    bool any = false;
                    T best = default!;
                    foreach (var item in items)
                    {
                        if (!any || item.CompareTo(best) > 0)
                        {
                            best = item;
                            any = true;
                            co.Yield(best);
                        }
                    }
                }

                public static Generator<int> Ints() => RunningMax(new[] { 3, 1, 4, 1, 5, 9, 2, 6 });

                public static Generator<string> Strings() => RunningMax(new List<string> { "pear", "apple", "quince" });
                """);

            Assert.Equal(new[] { "3", "4", "5", "9" }, Trace.Drain(compiled.Make<Generator<int>>("Sample.Ints")));
            Assert.Equal(new[] { "pear", "quince" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Strings")));
        }

        // C#: the factory keeps the method's type parameters and every kind of constraint.
        [Fact]
        public void Generic_factory_keeps_the_constraints()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Fresh<T>(Co<T> co, int n) where T : class, new()
                {
                    for (int i = 0; i < n; i++) co.Yield(new T());
                }

                [Coroutine]
                public static partial void Pairs<TKey, TValue>(Co<KeyValuePair<TKey, TValue>> co, TKey key, TValue value)
                    where TKey : notnull, IComparable<TKey>
                    where TValue : struct
                {
                    co.Yield(new KeyValuePair<TKey, TValue>(key, value));
                }

                [Coroutine]
                public static partial void Sized<T>(Co<int> co) where T : unmanaged
                {
                    co.Yield(System.Runtime.CompilerServices.Unsafe.SizeOf<T>());
                }

                public static Generator<List<int>> Lists() => Fresh<List<int>>(2);

                public static Generator<KeyValuePair<string, int>> Pair() => Pairs("k", 1);

                public static Generator<int> LongSize() => Sized<long>();
                """);

            var fresh = Factory(compiled, "Sample", "Fresh").GetGenericArguments().Single();
            Assert.Equal(GenericParameterAttributes.ReferenceTypeConstraint | GenericParameterAttributes.DefaultConstructorConstraint,
                fresh.GenericParameterAttributes & GenericParameterAttributes.SpecialConstraintMask);
            var pairs = Factory(compiled, "Sample", "Pairs").GetGenericArguments();
            Assert.Equal("IComparable`1", Assert.Single(pairs[0].GetGenericParameterConstraints()).Name);
            Assert.True(pairs[1].GenericParameterAttributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint));
            var sized = Factory(compiled, "Sample", "Sized").GetGenericArguments().Single();
            Assert.True(sized.GenericParameterAttributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint));

            Assert.Equal(2, compiled.Make<Generator<List<int>>>("Sample.Lists").Count());
            Assert.Equal(new[] { "[k, 1]" }, Trace.Drain(compiled.Make<Generator<KeyValuePair<string, int>>>("Sample.Pair")));
            Assert.Equal(new[] { "8" }, Trace.Drain(compiled.Make<Generator<int>>("Sample.LongSize")));
        }

        // class Box:
        //     def __init__(self, *items): self.items = items
        //     def each(self):
        //         for item in self.items:
        //             yield item
        //     @staticmethod
        //     def repeat(value, times):
        //         for _ in range(times):
        //             yield value
        //
        // print(list(Box("a", "b").each()), list(Box.repeat(7, 2)))      ['a', 'b'] [7, 7]
        [Fact]
        public void Coroutines_in_a_generic_type_use_its_type_parameter()
        {
            var compiled = Compiled.From("""
                using Coroutines;

                public partial class Box<T>
                {
                    private readonly T[] items;

                    public Box(params T[] items) => this.items = items;

                    [Coroutine]
                    public partial void Each(Co<T> co)
                    {
                        foreach (var item in items)
                            co.Yield(item);
                    }

                    [Coroutine]
                    public static partial void Repeat(Co<T> co, T value, int times)
                    {
                        for (int i = 0; i < times; i++)
                            co.Yield(value);
                    }
                }

                public static class Use
                {
                    public static Generator<string> Each() => new Box<string>("a", "b").Each();

                    public static Generator<int> Repeat() => Box<int>.Repeat(7, 2);
                }
                """);

            Assert.Equal(new[] { "a", "b" }, Trace.Drain(compiled.Make<Generator<string>>("Use.Each")));
            Assert.Equal(new[] { "7", "7" }, Trace.Drain(compiled.Make<Generator<int>>("Use.Repeat")));
        }

        // C#: a generic instance coroutine in a generic type: both sets of type parameters.
        [Fact]
        public void Generic_instance_coroutine_in_a_generic_type()
        {
            var compiled = Compiled.From("""
                using System;
                using System.Collections.Generic;
                using Coroutines;

                public partial class Table<TKey> where TKey : notnull
                {
                    private readonly Dictionary<TKey, int> counts = new();

                    public void Add(TKey key) => counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

                    [Coroutine]
                    public partial void Project<TResult>(Co<TResult> co, Func<TKey, int, TResult> projection)
                    {
                        foreach (var pair in counts)
                            co.Yield(projection(pair.Key, pair.Value));
                    }
                }

                public static class Use
                {
                    public static Generator<string> Run()
                    {
                        var table = new Table<char>();
                        foreach (var c in "abcab") table.Add(c);
                        return table.Project((key, count) => $"{key}={count}");
                    }
                }
                """);

            Assert.Equal(new[] { "a=2", "b=2", "c=1" }, Trace.Drain(compiled.Make<Generator<string>>("Use.Run")));
        }

        // C#: a coroutine in a struct nested in classes, in a file-scoped namespace, with a using alias.
        [Fact]
        public void Coroutine_in_nested_partial_types_inside_a_namespace()
        {
            var compiled = Compiled.From("""
                using Coroutines;
                using Words = System.Collections.Generic.List<string>;

                namespace Deep.Space;

                public static partial class Outer
                {
                    public partial class Middle
                    {
                        internal partial struct Inner
                        {
                            [Coroutine]
                            internal static partial void Gen(Co<string> co, Words words)
                            {
                                foreach (var word in words)
                                    co.Yield(word.ToUpperInvariant());
                            }
                        }
                    }
                }

                public static class Entry
                {
                    public static Generator<string> Make() => Outer.Middle.Inner.Gen(new Words { "x", "y" });
                }
                """);

            Assert.Equal(new[] { "X", "Y" }, Trace.Drain(compiled.Make<Generator<string>>("Deep.Space.Entry.Make")));
        }

        // C#: an instance coroutine of a record reads its positional property.
        [Fact]
        public void Instance_coroutine_in_a_record_reads_its_properties()
        {
            var compiled = Compiled.From("""
                using Coroutines;

                public partial record Person(string Name)
                {
                    [Coroutine]
                    public partial void Greet(Co<string> co, int times)
                    {
                        for (int i = 0; i < times; i++)
                            co.Yield($"hi {Name} #{i}");
                    }

                    public static Generator<string> Make() => new Person("Ada").Greet(2);
                }
                """);

            Assert.Equal(new[] { "hi Ada #0", "hi Ada #1" }, Trace.Drain(compiled.Make<Generator<string>>("Person.Make")));
        }

        // C#: the factory has the same defaults; called without arguments it passes them. (CS1066 is the subject of
        // Default_values_on_the_body_raise_no_warning; here it is silenced to test the values alone.)
        [Fact]
        public void Parameters_with_defaults_keep_their_defaults_on_the_factory()
        {
            var compiled = SampleSource.Compile("""
                #pragma warning disable CS1066
                [Coroutine]
                public static partial void Defaults(Co<string> co, int n = 3, string s = "a\"b", char c = 'x', bool b = true,
                    DayOfWeek day = DayOfWeek.Friday, string? none = null, long l = -5, float f = 1.5f, decimal m = 2.5m,
                    DateTime when = default, double d = -0.25, uint u = 7u)
                {
                    co.Yield(FormattableString.Invariant($"{n}|{s}|{c}|{b}|{day}|{none ?? "null"}|{l}|{f}|{m}|{when.Ticks}|{d}|{u}"));
                }
                #pragma warning restore CS1066

                public static Generator<string> WithDefaults() => Defaults();
                """);

            Assert.Equal(new[] { "3|a\"b|x|True|Friday|null|-5|1.5|2.5|0|-0.25|7" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.WithDefaults")));
            var parameters = Factory(compiled, "Sample", "Defaults").GetParameters();
            Assert.All(parameters, p => Assert.True(p.HasDefaultValue, p.Name));
            Assert.Equal(DayOfWeek.Friday, parameters.Single(p => p.Name == "day").DefaultValue);
        }

        // C#: a nullable value type parameter may default to a value.
        [Fact]
        public void Parameter_of_a_nullable_value_type_with_a_default()
        {
            var compiled = SampleSource.Compile("""
                #pragma warning disable CS1066
                [Coroutine]
                public static partial void Gen(Co<string> co, int? maybe = 4, int? none = null)
                {
                    co.Yield($"{maybe} {none?.ToString() ?? "null"}");
                }
                #pragma warning restore CS1066

                public static Generator<string> WithDefaults() => Gen();
                """);

            Assert.Equal(new[] { "4 null" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.WithDefaults")));
        }

        // C#: NaN and infinities are valid defaults too.
        [Fact]
        public void Parameters_defaulting_to_NaN_and_infinity()
        {
            var compiled = SampleSource.Compile("""
                #pragma warning disable CS1066
                [Coroutine]
                public static partial void Specials(Co<string> co, double nan = double.NaN, float inf = float.PositiveInfinity, double min = double.NegativeInfinity)
                {
                    co.Yield($"{double.IsNaN(nan)} {float.IsPositiveInfinity(inf)} {double.IsNegativeInfinity(min)}");
                }
                #pragma warning restore CS1066

                public static Generator<string> WithDefaults() => Specials();
                """);

            Assert.Equal(new[] { "True True True" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.WithDefaults")));
        }

        // C#: the user writes the defaults where they belong to the coroutine, on the body; the build must stay
        // warning-free (C# reports CS1066 on defaults of a partial method's implementing declaration).
        [Fact]
        public async System.Threading.Tasks.Task Default_values_on_the_body_raise_no_warning()
        {
            var run = GeneratorRun.Of("""
                using Coroutines;

                public static partial class Sample
                {
                    [Coroutine]
                    public static partial void Gen(Co<int> co, int n = 3) { co.Yield(n); }

                    public static Generator<int> WithDefault() => Gen();
                }
                """);

            var analyzed = new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzers(
                run.Output,
                System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Coroutines.Generator.Diagnostics.BodyDefaultValueSuppressor()),
                new Microsoft.CodeAnalysis.Diagnostics.CompilationWithAnalyzersOptions(
                    new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.AdditionalText>.Empty),
                    onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
            var diagnostics = await analyzed.GetAllDiagnosticsAsync();
            Assert.Empty(diagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning && !d.IsSuppressed));
            Assert.Contains(diagnostics, d => d.Id == "CS1066" && d.IsSuppressed);
        }

        // def total(label, *xs):
        //     yield f"{label} {sum(xs)}"
        //
        // print(list(total("none")), list(total("sum", 1, 2, 3)))     ['none 0'] ['sum 6']
        [Fact]
        public void Params_parameter_takes_loose_arguments_through_the_factory()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Total(Co<string> co, string label, params int[] xs)
                {
                    co.Yield($"{label} {xs.Sum()}");
                }

                public static Generator<string> None() => Total("none");

                public static Generator<string> Some() => Total("sum", 1, 2, 3);
                """);

            Assert.Equal(new[] { "none 0" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.None")));
            Assert.Equal(new[] { "sum 6" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.Some")));
            Assert.True(Factory(compiled, "Sample", "Total").GetParameters()[1].IsDefined(typeof(ParamArrayAttribute)));
        }

        // C#: a parameter may be a keyword written with @.
        [Fact]
        public void Parameter_named_like_a_keyword()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, string @event, int @class)
                {
                    co.Yield($"{@event} {@class}");
                    @class++;
                    co.Yield($"{@event} {@class}");
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Gen", "e", 1);

            Assert.Equal("e 1", gen.Next());
            Assert.Equal(new Dictionary<string, object?> { ["event"] = "e", ["class"] = 1 }, gen.Locals);
            Assert.Equal("e 2", gen.Next());
        }

        // C#: parameters may be called like the frame's own members (State, Current, Result).
        [Fact]
        public void Parameters_named_like_frame_members()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, int State, string Current, string Result)
                {
                    co.Yield($"{State} {Current} {Result}");
                    State++;
                    co.Yield($"{State} {Current} {Result}");
                }
                """);
            var gen = compiled.Make<Generator<string>>("Sample.Gen", 1, "c", "r");

            Assert.Equal("1 c r", gen.Next());
            Assert.Equal(CoroutineState.Suspended, gen.State);
            Assert.Equal("1 c r", gen.Current);
            Assert.Equal(new Dictionary<string, object?> { ["State"] = 1, ["Current"] = "c", ["Result"] = "r" }, gen.Locals);
            Assert.Equal("2 c r", gen.Next());
        }

        // C#: the factory has the method's accessibility.
        [Fact]
        public void Factory_has_the_accessibility_of_the_method()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                internal static partial void Internal(Co<int> co) { co.Yield(1); }

                [Coroutine]
                private static partial void Private(Co<int> co) { co.Yield(2); }

                [Coroutine]
                protected internal partial void ProtectedInternal(Co<int> co) { co.Yield(3); }

                public static int Sum() => Internal().Single() + Private().Single() + new Sample().ProtectedInternal().Single();
                """);

            Assert.True(Factory(compiled, "Sample", "Internal").IsAssembly);
            Assert.True(Factory(compiled, "Sample", "Private").IsPrivate);
            Assert.True(Factory(compiled, "Sample", "ProtectedInternal").IsFamilyOrAssembly);
            Assert.Equal(6, compiled.Call("Sample.Sum"));
        }

        // C#: a partial method written without an accessibility modifier is implicitly private; both of its declarations
        // must leave the modifier out (CS8799), so the generated body declaration does too.
        [Fact]
        public void Method_without_an_accessibility_modifier_gets_a_private_factory()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                static partial void Implicit(Co<int> co) { co.Yield(4); }

                public static int Value() => Implicit().Single();
                """);

            Assert.True(Factory(compiled, "Sample", "Implicit").IsPrivate);
            Assert.Equal(4, compiled.Call("Sample.Value"));
        }

        // C#: a partial method with a return value must state its accessibility (CS8796); the generated code adds no error
        // of its own, so the user sees C#'s message on their declaration only.
        [Fact]
        public void Returning_method_without_an_accessibility_modifier_gets_errors_only_on_the_users_declaration()
        {
            var run = GeneratorRun.Of("""
                using Coroutines;

                public static partial class P
                {
                    [Coroutine]
                    static partial int F(Co<int> co) { co.Yield(1); return 2; }
                }
                """);
            var errors = run.Output.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ToList();

            Assert.Contains(errors, e => e.Id == "CS8796");
            Assert.All(errors, e => Assert.Equal("Source0.cs", e.Location.SourceTree?.FilePath));
        }

        // C#: two coroutines with the same name (overloads) get frames of their own.
        [Fact]
        public void Overloaded_coroutines_each_get_a_frame()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<string> co, int n) { co.Yield($"int {n}"); }

                [Coroutine]
                public static partial void Gen(Co<string> co, string s) { co.Yield($"string {s}"); }

                public static Generator<string> ByInt() => Gen(1);

                public static Generator<string> ByString() => Gen("a");
                """);

            Assert.Equal(new[] { "int 1" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.ByInt")));
            Assert.Equal(new[] { "string a" }, Trace.Drain(compiled.Make<Generator<string>>("Sample.ByString")));
        }

        // C#: the doc comment of the body goes to the factory, without the context parameter's <param>.
        [Fact]
        public void Doc_comment_is_copied_to_the_factory_without_the_context_parameter()
        {
            var compiled = SampleSource.Compile("""
                /// <summary>
                /// Counts down from <paramref name="n"/>.
                /// </summary>
                /// <param name="co">The context.</param>
                /// <param name="n">Where to start.</param>
                /// <remarks>Nothing runs until the first Next.</remarks>
                [Coroutine]
                public static partial void Countdown(Co<int> co, int n)
                {
                    while (n > 0) co.Yield(n--);
                }
                """);
            var lines = compiled.Run.GeneratedSources.Single().SourceText.ToString().Split('\n').Select(l => l.Trim()).ToList();
            int factory = lines.FindIndex(l => l.StartsWith("public static global::Coroutines.Generator<int> Countdown(int n)", StringComparison.Ordinal));

            Assert.True(factory >= 5, string.Join("\n", lines));
            Assert.Equal(new[]
            {
                "/// <summary>",
                "/// Counts down from <paramref name=\"n\"/>.",
                "/// </summary>",
                "/// <param name=\"n\">Where to start.</param>",
                "/// <remarks>Nothing runs until the first Next.</remarks>",
            }, lines.Skip(factory - 5).Take(5));
        }

        // def coroutine(f):
        //     def start(*args):
        //         g = f(*args); next(g); return g
        //     return start
        //
        // @coroutine
        // def printer():
        //     print("primed")
        //     while True:
        //         line = yield
        //         print("printing", line)
        //
        // p = printer()
        // print("created")
        // p.send("a")
        // p.send("b")
        [Fact]
        public void Primed_factory_runs_to_the_first_yield_so_Send_can_follow()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine(Primed = true)]
                public static partial void Printer(Co<string?, string> co)
                {
                    Print("primed");
                    while (true)
                    {
                        string line = co.Yield(null);
                        Print($"printing {line}");
                    }
                }
                """);
            var log = compiled.Log();
            var printer = compiled.Make<Generator<string?, string, Unit>>("Sample.Printer");
            log.Add("created");
            Assert.Equal(CoroutineState.Suspended, printer.State);
            printer.Send("a");
            printer.Send("b");

            Assert.Equal(new[] { "primed", "created", "printing a", "printing b" }, log);
        }

        // def gen():
        //     print("body ran")
        //     yield 1
        //
        // g = gen()
        // print("created, nothing ran")
        // print(next(g))
        [Fact]
        public void Factory_runs_nothing_of_the_body()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Gen(Co<int> co, int n)
                {
                    Print("body ran");
                    co.Yield(n);
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int>>("Sample.Gen", 1);
            log.Add("created, nothing ran");
            Assert.Equal(CoroutineState.Created, gen.State);
            log.Add($"{gen.Next()}");

            Assert.Equal(new[] { "created, nothing ran", "body ran", "1" }, log);
        }

        // def one():
        //     yield 1
        //
        // def echo():
        //     return (yield "send me")
        //
        // print(list(one()))
        // g = echo(); print(next(g))
        // try: g.send(5)
        // except StopIteration as e: print(e.value)
        [Fact]
        public void Expression_bodied_coroutines_yield_and_return()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void One(Co<int> co) => co.Yield(1);

                [Coroutine]
                public static partial int Echo(Co<string, int> co) => co.Yield("send me");

                [Coroutine]
                public static partial int Constant(Co<string> co) => 42;
                """);
            Assert.Equal(new[] { "1" }, Trace.Drain(compiled.Make<Generator<int>>("Sample.One")));

            var echo = compiled.Make<Generator<string, int, int>>("Sample.Echo");
            Assert.Equal("send me", echo.Next());
            Assert.Equal(5, Assert.Throws<StopIterationException>(() => echo.Send(5)).Value);

            var constant = compiled.Make<Generator<string, Unit, int>>("Sample.Constant");
            Assert.Equal(42, Assert.Throws<StopIterationException>(() => constant.Next()).Value);
        }

        // def answer():
        //     print("ran")
        //     return 42
        //     yield  # makes it a generator
        //
        // g = answer()
        // try:
        //     next(g)
        // except StopIteration as e:
        //     print("returned", e.value)
        [Fact]
        public void Coroutine_without_a_yield_runs_to_its_return_on_the_first_Next()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial int Answer(Co<int> co)
                {
                    Print("ran");
                    return 42;
                }
                """);
            var log = compiled.Log();
            var gen = compiled.Make<Generator<int, Unit, int>>("Sample.Answer");
            Assert.Empty(log);
            var stop = Assert.Throws<StopIterationException>(() => gen.Next());
            log.Add($"returned {stop.Value}");

            Assert.Equal(new[] { "ran", "returned 42" }, log);
        }

        // def countdown(n):
        //     while n > 0:
        //         yield n
        //         n -= 1
        //
        // def tens(n):
        //     inner = countdown(n)
        //     while True:
        //         try:
        //             v = next(inner)
        //         except StopIteration:
        //             break
        //         yield v * 10
        //     yield -1
        //
        // print(list(tens(3)))
        [Fact]
        public void Coroutine_drives_another_coroutine_made_by_its_factory()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Countdown(Co<int> co, int n)
                {
                    while (n > 0)
                    {
                        co.Yield(n);
                        n--;
                    }
                }

                [Coroutine]
                public static partial void Tens(Co<int> co, int n)
                {
                    var inner = Countdown(n);
                    while (inner.TryNext(out var v))
                        co.Yield(v * 10);
                    co.Yield(-1);
                }
                """);

            Assert.Equal(new[] { "30", "20", "10", "-1" }, Trace.Drain(compiled.Make<Generator<int>>("Sample.Tens", 3)));
        }

        // def countdown(n):
        //     if n > 0:
        //         yield n
        //         for v in countdown(n - 1):
        //             yield v
        //
        // print(list(countdown(4)))
        [Fact]
        public void Coroutine_calls_its_own_factory_recursively()
        {
            var compiled = SampleSource.Compile("""
                [Coroutine]
                public static partial void Countdown(Co<int> co, int n)
                {
                    if (n > 0)
                    {
                        co.Yield(n);
                        foreach (var v in Countdown(n - 1))
                            co.Yield(v);
                    }
                }
                """);

            Assert.Equal(new[] { "4", "3", "2", "1" }, Trace.Drain(compiled.Make<Generator<int>>("Sample.Countdown", 4)));
        }

        // class Tree:
        //     def __init__(self, value, *children): self.value = value; self.children = children
        //
        // def walk(node, depth):
        //     yield "  " * depth + str(node.value)
        //     for child in node.children:
        //         for line in walk(child, depth + 1):
        //             yield line
        //
        // t = Tree(1, Tree(2, Tree(3)), Tree(4))
        // print(list(walk(t, 0)))     ['1', '  2', '    3', '  4']
        [Fact]
        public void Recursive_instance_coroutine_walks_a_tree()
        {
            var compiled = Compiled.From("""
                using Coroutines;

                public partial class Tree
                {
                    private readonly int value;
                    private readonly Tree[] children;

                    public Tree(int value, params Tree[] children)
                    {
                        this.value = value;
                        this.children = children;
                    }

                    [Coroutine]
                    public partial void Walk(Co<string> co, int depth)
                    {
                        co.Yield(new string(' ', 2 * depth) + value);
                        foreach (var child in children)
                        {
                            var lines = child.Walk(depth + 1);
                            while (lines.TryNext(out var line))
                                co.Yield(line);
                        }
                    }

                    public static Generator<string> Sample() => new Tree(1, new Tree(2, new Tree(3)), new Tree(4)).Walk(0);
                }
                """);

            Assert.Equal(new[] { "1", "  2", "    3", "  4" }, Trace.Drain(compiled.Make<Generator<string>>("Tree.Sample")));
        }

        private static MethodInfo Factory(Compiled compiled, string type, string name) =>
            compiled.Assembly.GetType(type, throwOnError: true)!
                .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Single(m => m.Name == name && !m.IsDefined(typeof(ObsoleteAttribute)));
    }
}
