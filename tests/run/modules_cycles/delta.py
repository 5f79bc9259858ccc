import zeta
