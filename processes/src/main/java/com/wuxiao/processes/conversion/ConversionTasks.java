package com.wuxiao.processes.conversion;

import com.wuxiao.processes.engine.ProcessSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the listeners and the delegate of the production-conversion process read before they send their command. */
final class ConversionTasks {

    private ConversionTasks() {
    }

    /**
     * The conversion id is the business key, not a variable: whoever may complete a task may also
     * write variables, and must not be able to point the step at another conversion.
     */
    static String conversionId(DelegateExecution execution) {
        return ProcessSteps.businessKey(execution, "the conversion id");
    }
}
