from typing import ClassVar, Optional, List, Dict
from dataclasses import dataclass, field

class Config:
    name: str
    retries: int = 3
    tags: List[str]
    extra: Optional[Dict[str, int]] = None
    mode: int | None = None

print(Config.__annotations__)

@dataclass
class Item:
    name: str
    qty: int = 0
    registry: ClassVar[Dict[str, int]] = {}
    parts: list[str] = field(default_factory=list)

print(Item("a"), Item.registry, [f for f in Item.__dataclass_fields__])

class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"
print(Box[int])
try:
    Config[int]
except TypeError as e:
    print(e)
