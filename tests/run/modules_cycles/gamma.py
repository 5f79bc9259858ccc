from epsilon import value
