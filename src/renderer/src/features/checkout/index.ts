export { CheckoutPanel } from './CheckoutPanel';
