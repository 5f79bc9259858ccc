from gamma import something
value = 1
