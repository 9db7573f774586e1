# close() on the outer of a three-level chain closes the innermost generator first: each level sees GeneratorExit and runs its finally, innermost first, and all three end closed.
import inspect

def level(name, child=None):
    try:
        if child is None:
            yield f"{name} leaf"
        else:
            yield from child
        print("not reached", name)
    except GeneratorExit as e:
        print(name, "sees", type(e).__name__)
        raise
    finally:
        print(name, "finally")

bottom = level("bottom")
middle = level("middle", bottom)
top = level("top", middle)
print(next(top))
top.close()
print(*[inspect.getgeneratorstate(g) for g in (top, middle, bottom)])
