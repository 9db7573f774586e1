using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Coroutines.Frames
{
    /// <summary>
    /// The protocol every generated frame shares: state checks, priming, the send slot, the exception
    /// pending at the pause point, close, delegation and introspection. A frame supplies only
    /// <see cref="Step"/> (its body as a switch over resume points) and its fields.
    /// </summary>
    /// <remarks>
    /// Delegation (<c>YieldFrom</c>) links frames into a chain through <see cref="parent"/>/<see cref="child"/>.
    /// The outermost frame remembers the innermost active one in <see cref="leaf"/>, so a resume goes
    /// straight to it whatever the depth; when a frame finishes, the driver loop resumes its parent,
    /// one level at a time, without growing the stack.
    /// </remarks>
    public abstract class CoroutineFrame<TYield, TSend> : IGenerator<TYield, TSend>
    {
        /// <summary>The value <see cref="ResumeAt"/> holds while the body runs.</summary>
        protected const int Running = -1;

        /// <summary>
        /// Where <see cref="Step"/> continues: 0 at the start, a resume point's number while paused,
        /// <see cref="Running"/> while the body runs (so a guarded <c>finally</c> can tell a pause from a real exit).
        /// </summary>
        protected int ResumeAt;

        private CoroutineState state;
        private TYield current = default!;
        private TSend sent = default!;
        private Exception? pending;
        private CoroutineFrame<TYield, TSend>? parent;
        private CoroutineFrame<TYield, TSend>? child;
        private CoroutineFrame<TYield, TSend>? leaf;
        private IGenerator<TYield, TSend>? foreign;
        private IGenerator<TYield, TSend>? starting;
        private bool delegateReturned;
        private bool closingByReturn;

        private enum Input { Next, Send, Throw, Close }

        /// <inheritdoc/>
        /// <remarks>A frame that another frame delegates to reports Running while any frame of its chain runs, as CPython does.</remarks>
        public CoroutineState State => state == CoroutineState.Suspended && parent != null && ChainIsRunning() ? CoroutineState.Running : state;

        private bool ChainIsRunning()
        {
            for (var frame = parent; frame != null; frame = frame.parent)
                if (frame.state == CoroutineState.Running) return true;
            return false;
        }

        /// <summary>The value last yielded.</summary>
        public TYield Current => current;

        object? IEnumerator.Current => current;

        /// <summary>The generator this one is delegating to with <c>YieldFrom</c>, if any (Python's <c>gi_yieldfrom</c>).</summary>
        public IGenerator<TYield, TSend>? Delegate => child ?? foreign;

        /// <summary>Where the body is paused; null unless <see cref="State"/> is <see cref="CoroutineState.Suspended"/>.</summary>
        public SourceLocation? Location => state == CoroutineState.Suspended ? LocationOf(ResumeAt) : null;

        /// <summary>
        /// The parameters, and the locals in scope at the paused yield, by name (Python's <c>inspect.getgeneratorlocals</c>).
        /// </summary>
        public IReadOnlyDictionary<string, object?> Locals
        {
            get
            {
                var locals = new Dictionary<string, object?>();
                AddLocals(locals);
                return locals;
            }
        }

        /// <summary>Runs the body from <see cref="ResumeAt"/> to its next pause (true) or its end (false).</summary>
        protected abstract bool Step();

        /// <summary>The user's source line of each resume point.</summary>
        protected virtual SourceLocation? LocationOf(int resumeAt) => null;

        /// <summary>
        /// True when the frame, paused at <paramref name="resumeAt"/>, is outside every try region of its body: no catch
        /// or finally can observe a close there, so <see cref="Close"/> needs no <see cref="GeneratorExitException"/>.
        /// </summary>
        protected virtual bool ClosesQuietlyAt(int resumeAt) => false;

        /// <summary>
        /// True when the frame, paused at <paramref name="resumeAt"/>, is surrounded only by try regions that cannot catch a
        /// <see cref="GeneratorExitException"/> (finally blocks, using, foreach): there <see cref="Close"/> resumes the
        /// body with <see cref="ClosingByReturn"/> true, and the body returns, which runs those finally blocks.
        /// </summary>
        protected virtual bool ClosesByReturnAt(int resumeAt) => false;

        /// <summary>At a resume point where <see cref="ClosesByReturnAt"/> holds: true when the body must return because it is being closed.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        protected bool ClosingByReturn()
        {
            if (!closingByReturn) return false;
            ResumeAt = Running;
            return true;
        }

        /// <summary>Adds the parameters and the locals in scope at <see cref="ResumeAt"/>.</summary>
        protected virtual void AddLocals(IDictionary<string, object?> locals) { }

        /// <summary>The return value, boxed, for <see cref="StopIterationException.Value"/>.</summary>
        protected abstract object? BoxedResult { get; }

        // ---- the Python-shaped API -------------------------------------------------------------

        /// <inheritdoc/>
        public TYield Next()
        {
            if (ResumeWith(Input.Next, default!)) return current;
            throw new StopIterationException(BoxedResult);
        }

        /// <inheritdoc/>
        public TYield Send(TSend value)
        {
            if (ResumeWith(Input.Send, value)) return current;
            throw new StopIterationException(BoxedResult);
        }

        /// <inheritdoc/>
        public TYield Throw(Exception exception)
        {
            if (TryThrow(exception)) return current;
            throw new StopIterationException(BoxedResult);
        }

        /// <inheritdoc/>
        public bool TryThrow(Exception exception)
        {
            if (exception is null) throw new ArgumentNullException(nameof(exception));
            return Resume(Input.Throw, default!, exception);
        }

        /// <summary>Resumes with nothing sent; false (instead of an exception) when the coroutine finishes.</summary>
        public bool TryNext(out TYield value)
        {
            bool yielded = ResumeWith(Input.Next, default!);
            value = current;
            return yielded;
        }

        /// <summary>Sends <paramref name="value"/>; false (instead of an exception) when the coroutine finishes.</summary>
        public bool TrySend(TSend value, out TYield yielded)
        {
            bool more = ResumeWith(Input.Send, value);
            yielded = current;
            return more;
        }

        /// <inheritdoc/>
        public bool TrySend(TSend value) => ResumeWith(Input.Send, value);

        /// <inheritdoc/>
        public void Close()
        {
            if (state == CoroutineState.Created)
            {
                state = CoroutineState.Closed;
                return;
            }
            if (state == CoroutineState.Closed) return;
            if (state == CoroutineState.Suspended && child == null && foreign == null && parent == null && starting == null)
            {
                // Paused outside every try, alone: raising GeneratorExit there would only unwind the step.
                if (ClosesQuietlyAt(ResumeAt))
                {
                    state = CoroutineState.Closed;
                    return;
                }
                // Paused where only finally blocks surround the pause: returning from there runs them, as the exception would.
                if (ClosesByReturnAt(ResumeAt))
                {
                    CloseByReturn();
                    return;
                }
            }
            Resume(Input.Close, default!, null);
        }

        private void CloseByReturn()
        {
            state = CoroutineState.Running;
            closingByReturn = true;
            try
            {
                Step();
            }
            catch (Exception thrown)
            {
                if (thrown is StopIterationException) throw RaisedStopIteration(thrown);
                throw;
            }
            finally
            {
                closingByReturn = false;
                state = CoroutineState.Closed;
            }
        }

        /// <summary>Advances like <see cref="Next"/>; false when finished.</summary>
        public bool MoveNext() => ResumeWith(Input.Next, default!);

        /// <summary>Closes the coroutine, as a C# iterator's Dispose does.</summary>
        public void Dispose() => Close();

        void IEnumerator.Reset() => throw new NotSupportedException("A coroutine cannot be reset; call its factory again.");

        /// <summary>Returns this generator itself: enumerating consumes it.</summary>
        public IEnumerator<TYield> GetEnumerator() => this;

        IEnumerator IEnumerable.GetEnumerator() => this;

        // ---- what generated frames call ---------------------------------------------------------

        /// <summary>
        /// Pauses at resume point <paramref name="resumeAt"/> with <paramref name="value"/> yielded; the frame returns
        /// the result from <see cref="Step"/>. The value is evaluated before the frame counts as paused, so an
        /// exception while computing it still runs the finally blocks around it.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected bool YieldValue(TYield value, int resumeAt)
        {
            current = value;
            ResumeAt = resumeAt;
            return true;
        }

        /// <summary>
        /// Called first thing after a resume point: raises what <c>Throw</c>/<c>Close</c> delivered,
        /// else evaluates to the value sent in (default for <c>Next</c>).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected TSend Resumed()
        {
            ResumeAt = Running;
            if (pending != null) RaisePending();
            return sent;
        }

        /// <summary>
        /// Pauses at resume point <paramref name="resumeAt"/> delegating to <paramref name="inner"/>; the frame returns
        /// the result from <see cref="Step"/>.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected bool BeginYieldFrom(IGenerator<TYield, TSend> inner, int resumeAt)
        {
            starting = inner ?? throw new ArgumentNullException(nameof(inner), "YieldFrom needs a generator, not null.");
            ResumeAt = resumeAt;
            return true;
        }

        /// <summary>Pauses at resume point <paramref name="resumeAt"/> delegating to a plain sequence.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected bool BeginYieldFrom(IEnumerable<TYield> sequence, int resumeAt) =>
            BeginYieldFrom(new SequenceDelegate<TYield, TSend>(
                (sequence ?? throw new ArgumentNullException(nameof(sequence), "YieldFrom needs a sequence, not null.")).GetEnumerator()), resumeAt);

        /// <summary>
        /// Called at the resume point after a <c>YieldFrom</c>: raises what the delegate threw, else evaluates to
        /// its return value (default when it had already finished before the delegation began, as CPython gives None).
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected TReturn EndYieldFrom<TReturn>(IGenerator<TYield, TSend, TReturn> inner)
        {
            ResumeAt = Running;
            if (pending != null) RaisePending();
            bool returned = delegateReturned;
            delegateReturned = false;
            return returned ? inner.Result : default!;
        }

        /// <summary>Ends a delegation to a plain sequence, raising what it threw.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected void EndYieldFrom()
        {
            ResumeAt = Running;
            delegateReturned = false;
            if (pending != null) RaisePending();
        }

        /// <summary>Rethrows <paramref name="exception"/> keeping its original stack trace (<c>throw;</c> in an exploded catch).</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected static Exception Rethrow(Exception exception)
        {
            ExceptionDispatchInfo.Capture(exception).Throw();
            return exception;
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private void RaisePending()
        {
            var e = pending!;
            pending = null;
            ExceptionDispatchInfo.Capture(e).Throw();
        }

        // ---- the driver -------------------------------------------------------------------------

        /// <summary>
        /// The hot path: a frame paused at its own yield, neither delegating nor delegated to, steps itself. Everything
        /// else (first resume, delegation, Throw, Close, misuse) takes <see cref="Resume"/>.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool ResumeWith(Input input, TSend value)
        {
            if (state == CoroutineState.Suspended && child == null && foreign == null && parent == null)
                return StepSelf(value);
            return Resume(input, value, null);
        }

        private bool StepSelf(TSend value)
        {
            state = CoroutineState.Running;
            sent = value;
            bool paused;
            try
            {
                paused = Step();
            }
            catch (Exception thrown)
            {
                state = CoroutineState.Closed;
                pending = null;
                if (thrown is StopIterationException) throw RaisedStopIteration(thrown);
                throw;
            }
            if (!paused)
            {
                state = CoroutineState.Closed;
                return false;
            }
            if (starting != null) return Drive(this, Input.Next, default!, null, startingDelegation: true);
            state = CoroutineState.Suspended;
            return true;
        }

        private bool Resume(Input input, TSend value, Exception? error)
        {
            switch (state)
            {
                case CoroutineState.Suspended:
                    break;
                case CoroutineState.Created:
                    if (input == Input.Throw)
                    {
                        // As CPython: the exception is raised in the frame before its first line, so PEP 479 applies.
                        state = CoroutineState.Closed;
                        if (error is StopIterationException) throw RaisedStopIteration(error);
                        ExceptionDispatchInfo.Capture(error!).Throw();
                    }
                    if (input == Input.Send && value is not null) throw new CoroutineNotPrimedException();
                    break;
                case CoroutineState.Running:
                    throw AlreadyExecuting();
                default:
                    if (input == Input.Throw) ExceptionDispatchInfo.Capture(error!).Throw();
                    return false;
            }
            if (parent != null) return ResumeInsideChain(input, value, error);
            var start = leaf ?? FindLeaf();
            // A frame of the chain may be running, resumed directly (only then is the innermost one running here).
            if (start.state == CoroutineState.Running) throw AlreadyExecuting();
            return Drive(start, input, value, error);
        }

        /// <summary>
        /// A frame that another frame delegates to was resumed directly (Python allows it). Rare, so it may walk the chain:
        /// refuse if any frame above is running, and make the outermost frame find its leaf again afterwards.
        /// </summary>
        private bool ResumeInsideChain(Input input, TSend value, Exception? error)
        {
            var root = this;
            while (root.parent != null)
            {
                root = root.parent;
                if (root.state == CoroutineState.Running) throw AlreadyExecuting();
            }
            var start = FindLeaf();
            if (start.state == CoroutineState.Running) throw AlreadyExecuting();
            root.leaf = null;
            return Drive(start, input, value, error);
        }

        private CoroutineFrame<TYield, TSend> FindLeaf()
        {
            var frame = this;
            while (frame.child != null) frame = frame.child;
            return frame;
        }

        private static InvalidOperationException AlreadyExecuting() => new InvalidOperationException("generator already executing");

        private static InvalidOperationException AlreadyDelegatedTo() =>
            new InvalidOperationException("generator is already being delegated to by another YieldFrom");

        /// <summary>PEP 479: a StopIteration leaving the body is an error, not the end of the coroutine.</summary>
        private static InvalidOperationException RaisedStopIteration(Exception stop) => new InvalidOperationException("generator raised StopIteration", stop);

        private static InvalidOperationException IgnoredGeneratorExit() => new InvalidOperationException("generator ignored GeneratorExit");

        /// <summary>
        /// Delivers the input at <paramref name="frame"/> (the innermost active frame) and runs frames until one pauses
        /// (true) or this frame finishes (false, or the exception it threw).
        /// </summary>
        /// <remarks>
        /// Close semantics follow CPython: every frame below this one is being closed when the input is a close or a
        /// GeneratorExit thrown in; a frame below that yields instead makes its parent's YieldFrom raise
        /// "generator ignored GeneratorExit", and one that returns makes it raise GeneratorExit again.
        /// This frame itself only counts as closed for <see cref="Close"/>.
        /// </remarks>
        private bool Drive(CoroutineFrame<TYield, TSend> frame, Input input, TSend value, Exception? error, bool startingDelegation = false)
        {
            bool closingThis = input == Input.Close;
            bool closingBelow = closingThis || error is GeneratorExitException;
            if (input == Input.Close) error = new GeneratorExitException();
            // A chain being closed re-raises the same GeneratorExit in each frame above a closed one, as CPython does.
            var exit = closingBelow ? error : null;
            state = CoroutineState.Running;

            // While closing, the delegation levels (frames and foreign delegates) started during this drive, between
            // the current frame and the chain being closed: those are not being closed and run as usual (CPython).
            int fresh = 0;

            while (true)
            {
                if (startingDelegation)
                {
                    // Entered from StepSelf: this frame has just stepped and paused to start a delegation.
                    startingDelegation = false;
                    goto Stepped;
                }
                if (frame.foreign != null)
                {
                    if (!PassToForeign(frame, input, value, ref error, closingBelow && fresh == 0))
                    {
                        if (PausedOrCutLoose(ref frame, frame.foreign!.Current, fresh > 0 ? fresh - 1 : 0, closingBelow, closingThis, ref error)) return true;
                        fresh = 0;
                        input = Input.Throw;
                        continue;
                    }
                    if (fresh > 0) fresh--;
                }

                frame.sent = value;
                frame.pending = error;
                frame.state = CoroutineState.Running;
                bool paused;
                try
                {
                    paused = frame.Step();
                }
                catch (Exception thrown)
                {
                    frame.state = CoroutineState.Closed;
                    frame.pending = null;
                    var raised = thrown is StopIterationException
                        ? RaisedStopIteration(thrown)
                        : thrown;
                    if (frame == this)
                    {
                        leaf = null;
                        if (parent != null) ReturnToParent(this);
                        if (closingThis && raised is GeneratorExitException) return false;
                        if (ReferenceEquals(raised, thrown)) throw;
                        throw raised;
                    }
                    if (fresh > 0) fresh--;
                    frame = ReturnToParent(frame);
                    error = raised;
                    input = Input.Throw;
                    continue;
                }

                if (!paused)
                {
                    frame.state = CoroutineState.Closed;
                    if (frame == this)
                    {
                        leaf = null;
                        // Finished while resumed directly inside a chain: its delegator will find it finished.
                        if (parent != null) ReturnToParent(this);
                        return false;
                    }
                    bool wasClosed = closingBelow && fresh == 0;
                    if (fresh > 0) fresh--;
                    frame = ReturnToParent(frame);
                    if (wasClosed)
                    {
                        error = exit ?? new GeneratorExitException();
                        input = Input.Throw;
                    }
                    else
                    {
                        frame.delegateReturned = true;
                        error = null;
                        input = Input.Next;
                    }
                    continue;
                }

            Stepped:
                if (frame.starting != null)
                {
                    var inner = frame.starting;
                    frame.starting = null;
                    error = null;
                    input = Input.Next;
                    value = default!;
                    if (inner.State == CoroutineState.Closed)
                    {
                        frame.delegateReturned = false;
                        continue;
                    }
                    if (inner is CoroutineFrame<TYield, TSend> innerFrame)
                    {
                        if (innerFrame.state == CoroutineState.Running || innerFrame.parent != null)
                        {
                            error = innerFrame.State == CoroutineState.Running ? AlreadyExecuting() : AlreadyDelegatedTo();
                            input = Input.Throw;
                            continue;
                        }
                        innerFrame.parent = frame;
                        frame.child = innerFrame;
                        if (frame != this) frame.state = CoroutineState.Suspended;
                        frame = innerFrame.leaf ?? innerFrame.FindLeaf();
                        innerFrame.leaf = null;
                        if (closingBelow) fresh += Levels(innerFrame, frame);
                        continue;
                    }
                    frame.foreign = inner;
                    if (closingBelow) fresh++;
                    continue;
                }

                if (PausedOrCutLoose(ref frame, frame.current, fresh, closingBelow, closingThis, ref error)) return true;
                fresh = 0;
                input = Input.Throw;
            }
        }

        /// <summary>
        /// <paramref name="frame"/> paused with <paramref name="value"/>. Normally the whole chain pauses (true). While closing,
        /// the frame being closed that holds the pause (<paramref name="levelsUp"/> frames up) ignored GeneratorExit: when it is
        /// below this frame it stays paused, cut loose, and its parent hears about it (false, with the parent in
        /// <paramref name="frame"/> and the error in <paramref name="error"/>); when it is this frame, <see cref="Close"/> fails.
        /// </summary>
        private bool PausedOrCutLoose(ref CoroutineFrame<TYield, TSend> frame, TYield value, int levelsUp, bool closingBelow, bool closingThis, ref Exception? error)
        {
            var closed = frame;
            if (closingBelow)
            {
                for (int i = 0; i < levelsUp; i++) closed = closed.parent!;
            }
            if (closingBelow && closed != this)
            {
                frame.state = CoroutineState.Suspended;
                closed.state = CoroutineState.Suspended;
                closed.current = value;
                closed.leaf = frame == closed ? null : frame;
                frame = ReturnToParent(closed);
                error = IgnoredGeneratorExit();
                return false;
            }
            Paused(frame, value);
            if (closingThis) throw IgnoredGeneratorExit();
            return true;
        }

        /// <summary>The delegation levels from <paramref name="top"/> down to <paramref name="bottom"/> and its foreign delegate, if any.</summary>
        private static int Levels(CoroutineFrame<TYield, TSend> top, CoroutineFrame<TYield, TSend> bottom)
        {
            int levels = bottom.foreign != null ? 2 : 1;
            for (var f = bottom; f != top; f = f.parent!) levels++;
            return levels;
        }

        private bool Paused(CoroutineFrame<TYield, TSend> frame, TYield value)
        {
            frame.state = CoroutineState.Suspended;
            state = CoroutineState.Suspended;
            current = value;
            leaf = frame == this ? null : frame;
            return true;
        }

        private static CoroutineFrame<TYield, TSend> ReturnToParent(CoroutineFrame<TYield, TSend> frame)
        {
            var up = frame.parent!;
            frame.parent = null;
            up.child = null;
            return up;
        }

        /// <summary>
        /// Passes the input on to a delegate that is not a generated frame. Returns false when the delegate yielded;
        /// true when the frame must run on: the delegate finished (its result is ready) or raised (now in <paramref name="error"/>).
        /// </summary>
        private static bool PassToForeign(CoroutineFrame<TYield, TSend> frame, Input input, TSend value, ref Exception? error, bool closing)
        {
            var inner = frame.foreign!;
            try
            {
                bool yielded;
                if (closing)
                {
                    inner.Close();
                    yielded = false;
                    error ??= new GeneratorExitException();
                }
                else if (error != null)
                {
                    yielded = inner.TryThrow(error);
                    error = null;
                }
                else
                {
                    yielded = input == Input.Send ? inner.TrySend(value) : inner.MoveNext();
                }
                if (yielded) return false;
                frame.delegateReturned = error == null;
            }
            catch (Exception thrown)
            {
                error = thrown;
            }
            frame.foreign = null;
            return true;
        }
    }
}
