namespace Coroutines.Benchmarks
{
    /// <summary>The floor: a hand-written sealed state machine yielding 0 .. n-1, called without any virtual dispatch.</summary>
    public sealed class RangeMachine
    {
        private readonly int n;
        private int state;
        private int i;
        private int current;

        public RangeMachine(int n) => this.n = n;

        public int Current => current;

        public bool MoveNext()
        {
            switch (state)
            {
                case 0:
                    i = 0;
                    break;
                case 1:
                    i++;
                    break;
                default:
                    return false;
            }
            if (i < n)
            {
                current = i;
                state = 1;
                return true;
            }
            state = -1;
            return false;
        }
    }

    /// <summary>The averager written by hand as a frame: fields for the locals, a switch over resume points, a send slot.</summary>
    public sealed class AveragerMachine
    {
        private int state;
        private double total;
        private int count;
        private double? average;
        private double? current;

        public double? Current => current;

        /// <summary>Runs to the first yield.</summary>
        public double? Next() => Resume(0.0);

        public double? Send(double value) => Resume(value);

        private double? Resume(double sent)
        {
            switch (state)
            {
                case 0:
                    total = 0.0;
                    count = 0;
                    average = null;
                    break;
                case 1:
                    total += sent;
                    count++;
                    average = total / count;
                    break;
            }
            state = 1;
            return current = average;
        }
    }

    /// <summary>A hand-written frame with three locals alive across its pause (for the memory table).</summary>
    public sealed class ThreeLocalsMachine
    {
        private int state;
        private int current;
        private int a;
        private int b;
        private int c;

        public int Current => current;

        public bool MoveNext()
        {
            if (state == 0)
            {
                a = 1;
                b = 2;
                c = 3;
                state = 1;
            }
            else
            {
                a++;
                b++;
                c++;
            }
            current = a + b + c;
            return true;
        }
    }
}
