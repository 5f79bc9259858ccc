# A diagnostic in an imported module names its file.
import helper

print(helper.twice(2))
