import { BudgetView } from '../components/BudgetView';

/** The signed-in engineer's own budget. */
export function MyBudgetPage() {
  return <BudgetView heading="My budget" />;
}
