def make[T](kind: type[T]) -> list[T]:
    print(T)
    return []


make(int)
