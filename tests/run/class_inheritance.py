# Inheritance: overriding, super() in methods and __init__, multiple inheritance with C3,
# isinstance/issubclass, __mro__ and __bases__.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def intro(self):
        return f"I am {self.name}, a {self.kind}: {self.speak()}"

class Dog(Animal):
    kind = "dog"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"

p = Puppy("Rex", "lab")
print(p.intro(), p.breed, Puppy.kind)
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print([c.__name__ for c in Puppy.__mro__], Puppy.__bases__, Dog.__base__)

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(isinstance(D(), C), issubclass(D, (int, C)), isinstance(3, (A, int)))
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self):
        self.log = ["base"]
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("mid")
class Leaf(Mid):
    pass
print(Leaf().log, type(Leaf()).__mro__[1].__name__)
print(super(B, B()).who(), Animal.speak(p))
