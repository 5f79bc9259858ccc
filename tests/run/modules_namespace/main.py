# Namespace packages: directories without __init__.py are packages whose modules import as
# usual (relative imports too).
import plugins.alpha
from plugins import beta
from plugins.extra.gamma import name as gamma_name

print(plugins.alpha.name, beta.name, gamma_name)
print(plugins.__file__, plugins.__name__, repr(plugins).startswith("<module 'plugins' (namespace) from ['"))
print(plugins.__path__[0].endswith("plugins"), beta.shout())
