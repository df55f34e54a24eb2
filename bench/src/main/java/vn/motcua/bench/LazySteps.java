package vn.motcua.bench;

import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.CollectionMapping;

/**
 * The candidate fix the benchmark measures beside the mapping as it is: {@code Procedure.steps}
 * lazy (an IndirectList, which needs no weaving) instead of {@code FetchType.EAGER}, keeping its
 * {@code @BatchFetch(IN)} and {@code @OrderBy("position")}. The steps of a whole query result are
 * then read in one statement when the first procedure's steps are touched — after every procedure
 * of the result is built, so each step's {@code procedure} back-reference is found in the
 * persistence context instead of being read again. Applied only to the second entity manager
 * factory, through {@code eclipselink.descriptor.customizer.Procedure}.
 */
public class LazySteps implements DescriptorCustomizer {

    @Override
    public void customize(ClassDescriptor descriptor) {
        CollectionMapping steps = (CollectionMapping) descriptor.getMappingForAttributeName("steps");
        if (!Boolean.getBoolean("bench.eager")) steps.useTransparentList();
        if (Boolean.getBoolean("bench.noCriteria")) {
            descriptor.getQueryManager().setAdditionalCriteria(null);
            System.out.println("criteria removed on " + descriptor.getJavaClassName());
        }
    }
}
