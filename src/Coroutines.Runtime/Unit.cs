using System;

namespace Coroutines
{
    /// <summary>The type with one value: stands for "nothing sent" or "nothing returned".</summary>
    public readonly struct Unit : IEquatable<Unit>
    {
        /// <summary>The only value.</summary>
        public static Unit Value => default;

        /// <inheritdoc/>
        public bool Equals(Unit other) => true;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is Unit;

        /// <inheritdoc/>
        public override int GetHashCode() => 0;

        /// <summary>Python prints the missing value as None; we print it as ().</summary>
        public override string ToString() => "()";

        /// <summary>Every unit equals every other.</summary>
        public static bool operator ==(Unit left, Unit right) => true;

        /// <summary>Every unit equals every other.</summary>
        public static bool operator !=(Unit left, Unit right) => false;
    }
}
