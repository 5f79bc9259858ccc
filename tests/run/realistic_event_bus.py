"""Publish/subscribe with weak typing, priorities, decorators and error isolation."""
import functools
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = {}
        self.errors = []

    def subscribe(self, topic, priority=0):
        def decorator(fn):
            self._handlers.setdefault(topic, []).append((priority, fn))
            self._handlers[topic].sort(key=lambda pf: -pf[0])
            return fn
        return decorator

    def publish(self, topic, **payload):
        results = []
        for priority, fn in self._handlers.get(topic, []):
            try:
                results.append(fn(**payload))
            except Exception as e:
                self.errors.append((topic, fn.__name__, type(e).__name__, str(e)))
        return results


bus = EventBus()
audit = []


def logged(fn):
    @functools.wraps(fn)
    def wrapper(**kw):
        audit.append(f"{fn.__name__}({', '.join(f'{k}={v!r}' for k, v in sorted(kw.items()))})")
        return fn(**kw)
    return wrapper


@bus.subscribe("user.created", priority=10)
@logged
def send_welcome(name, email):
    return f"welcome mail to {email}"


@bus.subscribe("user.created")
def add_to_crm(name, email):
    return f"crm += {name}"


@bus.subscribe("user.created", priority=5)
def validate(name, email):
    if "@" not in email:
        raise ValueError(f"bad email {email!r}")
    return "valid"


@bus.subscribe("order.paid")
def ship(order_id, amount):
    return f"ship #{order_id} ({amount:.2f})"


print(bus.publish("user.created", name="ann", email="ann@example.com"))
print(bus.publish("user.created", name="bob", email="bob.example.com"))
print(bus.publish("order.paid", order_id=7, amount=19.5))
print(bus.publish("nothing.here"))
print(bus.errors)
print(audit)

counts = defaultdict(int) if False else {}
for topic, handlers in bus._handlers.items():
    counts[topic] = [fn.__name__ for _, fn in handlers]
print(counts)
