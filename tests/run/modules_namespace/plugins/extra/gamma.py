from ..beta import name as beta_name
name = "gamma next to " + beta_name
