import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { BudgetView } from '../components/BudgetView';

/** The signed-in engineer's own budget, with the way to what their manager sees about them. */
export function MyBudgetPage() {
  return (
    <BudgetView
      heading="My budget"
      headerAction={
        <Button component={Link} to="/manager-view" variant="light">
          What my manager sees →
        </Button>
      }
    />
  );
}
