package enum PlanEditingPlaceholder {}
