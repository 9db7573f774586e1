// A recursive coroutine delegating with YieldFrom: an in-order walk of a binary search tree yields every value in order, and each call returns the height of its subtree.
using System;
using Coroutines;

sealed class Node
{
    public Node(int value) => Value = value;

    public int Value { get; }
    public Node? Left { get; set; }
    public Node? Right { get; set; }
}

public static partial class Program
{
    static Node Insert(Node? node, int value)
    {
        if (node == null)
            return new Node(value);
        if (value < node.Value)
            node.Left = Insert(node.Left, value);
        else
            node.Right = Insert(node.Right, value);
        return node;
    }

    [Coroutine]
    private static partial int Inorder(Co<string> co, Node? node, int depth)
    {
        if (node == null)
            return 0;
        int lh = co.YieldFrom(Inorder(node.Left, depth + 1));
        co.Yield($"{new string('.', depth)}{node.Value}");
        int rh = co.YieldFrom(Inorder(node.Right, depth + 1));
        return 1 + Math.Max(lh, rh);
    }

    public static void Main()
    {
        Node? root = null;
        foreach (int v in new[] { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 })
            root = Insert(root, v);

        var g = Inorder(root, 0);
        while (true)
        {
            try
            {
                Py.Print(g.Next());
            }
            catch (StopIterationException e)
            {
                Py.Print("height", e.Value);
                break;
            }
        }
    }
}
