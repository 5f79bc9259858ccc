def pipeline(data):
    def stage1(items):
        def transform(x):
            return scale(x) + 1

        def scale(x):
            return 100 // x

        return [transform(i) for i in items]

    def stage2(values):
        return sorted(values, key=lambda v: 1 / (v - 11))

    return stage2(stage1(data))


print(pipeline([1, 2, 5]))
print(pipeline([10, 50]))
