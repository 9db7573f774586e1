# close() while paused inside nested trys: GeneratorExit is raised at the pause, the finally blocks run innermost first, and a handler for Exception does not see it; close() of an unstarted or finished generator runs nothing.
import inspect

def gen():
    try:
        try:
            yield 1
            print("not reached")
        except Exception as e:
            print("handler for Exception saw", type(e).__name__)
        finally:
            print("inner finally")
    finally:
        print("outer finally")
    print("not reached either")

def watcher():
    try:
        yield "watching"
    except GeneratorExit as e:
        print("watcher saw", type(e).__name__)
        raise
    finally:
        print("watcher finally")

g = gen()
print(next(g))
g.close()
print(inspect.getgeneratorstate(g))
g.close()
print("second close is quiet")
w = watcher()
print(next(w))
w.close()
print(inspect.getgeneratorstate(w))
u = gen()
u.close()
print("unstarted", inspect.getgeneratorstate(u))
try:
    next(u)
except StopIteration:
    print("closed before start: StopIteration")
