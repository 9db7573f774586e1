using System;

namespace Coroutines.Generator.Diagnostics.Analyzers
{
    /// <summary>A fixed-width set of bits: one flow-analysis state, a bit per tracked variable.</summary>
    internal sealed class BitSet
    {
        private readonly ulong[] words;

        public BitSet(int width) => words = new ulong[(width + 63) / 64];

        private BitSet(ulong[] words) => this.words = words;

        public static BitSet Full(int width)
        {
            var set = new BitSet(width);
            for (int i = 0; i < width; i++) set[i] = true;
            return set;
        }

        public bool this[int bit]
        {
            get => (words[bit >> 6] & (1UL << (bit & 63))) != 0;
            set
            {
                if (value) words[bit >> 6] |= 1UL << (bit & 63);
                else words[bit >> 6] &= ~(1UL << (bit & 63));
            }
        }

        public BitSet Clone() => new BitSet((ulong[])words.Clone());

        /// <summary>Adds the bits of <paramref name="other"/>; true when that changed this set.</summary>
        public bool UnionWith(BitSet other)
        {
            bool changed = false;
            for (int i = 0; i < words.Length; i++)
            {
                ulong merged = words[i] | other.words[i];
                changed |= merged != words[i];
                words[i] = merged;
            }
            return changed;
        }

        public BitSet Intersect(BitSet other)
        {
            var result = Clone();
            for (int i = 0; i < words.Length; i++) result.words[i] &= other.words[i];
            return result;
        }

        public bool IsEmpty => Array.TrueForAll(words, w => w == 0);
    }
}
